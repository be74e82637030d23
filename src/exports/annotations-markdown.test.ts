import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateQuote } from '../annotations/annotations';
import { reanchorPdfAnnotations } from '../annotations/reanchor-pdf';
import { closeStore, type Store } from '../store/open';
import { putPdfCopy } from '../../tests/support/pdf-copies';
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

describe('highlights made in a PDF attachment', () => {
  const TITLED = 'https://example.eu/cg-2026-07.pdf';
  const UNTITLED = 'https://example.eu/annex.pdf';
  let pdfDb: Store;
  beforeAll(async () => {
    pdfDb = await storeForExports();
    pdfDb.prepare(`INSERT INTO attachments (document_id, position, url, mime_type, title) VALUES ('d1', 0, ?, 'application/pdf', 'Guidelines (PDF)')`).run(TITLED);
    putPdfCopy(pdfDb, 'd1', TITLED, ['Cover page', 'Early warning within 24 hours.']);
    putPdfCopy(pdfDb, 'd1', UNTITLED, ['Annex: the template to fill in.']);
    annotateQuote(pdfDb, 'd1', 'Early warning', { pdf: TITLED });
    annotateQuote(pdfDb, 'd1', 'the template', { pdf: UNTITLED });
    // A new version of the annex without the passage: that highlight is orphaned.
    reanchorPdfAnnotations(pdfDb, putPdfCopy(pdfDb, 'd1', UNTITLED, ['Annex: see the website.']));
  });
  afterAll(() => closeStore(pdfDb));

  it('says which PDF and on which page, after the paper\'s own highlights', () => {
    const { content } = exportAnnotations(pdfDb, 'd1', NOW);
    const highlights = content.slice(content.indexOf('## Highlights'), content.indexOf('## Orphaned'));
    expect(highlights.indexOf(`> ${QUOTE}`)).toBeLessThan(highlights.indexOf('> Early warning'));
    expect(highlights).toMatch(/### 2\n\n> Early warning\n\n- Made on revision 4 \(received [\d-]+\)\n- In the PDF “Guidelines \\\(PDF\\\)”, p\. 2\n/);
  });

  it('lists an orphaned one with the page it was made on, and the address of an untitled PDF', () => {
    const { content } = exportAnnotations(pdfDb, 'd1', NOW);
    const orphaned = content.slice(content.indexOf('## Orphaned annotations'));
    expect(orphaned).toContain('Their passage is no longer in the current revision of the paper or in the current version of its PDF.');
    const block = orphaned.slice(orphaned.indexOf('> the template'));
    expect(block).toContain(`- In the PDF <${UNTITLED}>, made on p. 1\n- Orphaned: the passage was not found in the current version of the PDF`);
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
