import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../store/open';
import { exportAnnotations, escapeMarkdown } from './annotations-markdown';
import { NOW, QUOTE, storeForExports } from './export-fixtures';

let db: Store;
beforeAll(async () => {
  db = await storeForExports();
});
afterAll(() => closeStore(db));

describe('a paper\'s annotations as Markdown', () => {
  it('names the file after the paper\'s reference and heads it with the paper', () => {
    const file = exportAnnotations(db, 'd1', NOW);
    expect(file).toMatchObject({ fileName: 'annotations-CG-2026-07.md', mimeType: 'text/markdown' });
    expect(file.content).toMatch(/^# Annotations on Guidelines \\<draft\\> on \\\*notification\\\*\n\nReference: CG-2026\/07 {2}\nCurrent revision 4 /);
  });

  it('gives each highlight its quote as a blockquote, then its note, tags and revision', () => {
    const { content } = exportAnnotations(db, 'd1', NOW);
    const highlights = content.slice(content.indexOf('## Highlights'), content.indexOf('## Orphaned'));
    expect(highlights).toContain(
      [
        '### 1',
        '',
        `> ${QUOTE}`,
        '',
        'Check \\*art. 23\\* with the capital; \\[ask\\] \\#3',
        '',
        'Second paragraph: \\<b\\>not bold\\</b\\>',
        '',
        '- Tags: art-23, Ελλάδα',
        '- Made on revision 4',
      ].join('\n'),
    );
  });

  it('lists orphaned annotations apart, each marked as orphaned', () => {
    const { content } = exportAnnotations(db, 'd1', NOW);
    const orphaned = content.slice(content.indexOf('## Orphaned annotations'));
    expect(orphaned).toContain('> a sentence since removed');
    expect(orphaned).toContain('- Orphaned: the passage was not found in the current revision');
    expect(content.indexOf('## Highlights')).toBeLessThan(content.indexOf('## Orphaned annotations'));
  });

  it('says so for an unknown paper', () => {
    expect(() => exportAnnotations(db, 'd-none', NOW)).toThrow(expect.objectContaining({ kind: 'not_found' }) as Error);
  });
});

describe('escaping Markdown', () => {
  it('shows inline specials as typed', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> | ~g~ \\ & !')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\<f\\> \\| \\~g\\~ \\\\ \\& \\!');
  });

  it('keeps a line from turning into a heading, list, quote or numbered list', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('+ not a list')).toBe('\\+ not a list');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('12. not numbered')).toBe('12\\. not numbered');
    expect(escapeMarkdown('    not code')).toBe('not code');
  });

  it('leaves Greek and Bulgarian text as it is', () => {
    expect(escapeMarkdown('Σύνοδος ολομέλειας — Заседание на групата')).toBe('Σύνοδος ολομέλειας — Заседание на групата');
  });
});
