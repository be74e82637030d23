import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { ARABIC, BULGARIAN, GREEK, HOSTILE, LONG_WORD, MEETING_ID, seedBriefingMeeting } from '../../tests/support/briefing-meeting';
import { buildBriefingNote } from './build-note';
import { inline, renderMarkdown } from './render-markdown';

let db: Store;
let md: string;
let titles: string[];

beforeAll(async () => {
  db = openStore(':memory:');
  ({ titles } = await seedBriefingMeeting(db, 4));
  md = renderMarkdown(buildBriefingNote(db, MEETING_ID, { marking: 'RESTRICTED' }, new Date('2027-02-05T08:00:00Z')));
});
afterAll(() => closeStore(db));

/** What a reader sees of escaped Markdown text: every backslash escape undone. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('the briefing note as Markdown', () => {
  it('prints the page of a highlight made in a PDF beside its paper', () => {
    const note = buildBriefingNote(db, MEETING_ID, {}, new Date('2027-02-05T08:00:00Z'));
    note.items[0]!.annotations![0]!.page = 7;
    expect(unescape(renderMarkdown(note))).toContain(`${note.items[0]!.annotations![0]!.documentTitle}, page 7`);
    expect(md).not.toContain(', page ');
  });

  it('has the headings in order: title, overview, each item with its sections, annex', () => {
    const headings = md.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings.filter((h) => h.startsWith('# ')).map((h) => unescape(h.slice(2)))).toEqual(['NIS Cooperation Group, 42nd plenary']);
    expect(headings.filter((h) => h.startsWith('## ')).map((h) => unescape(h.slice(3)))).toEqual([
      'Agenda overview',
      ...titles.map((t, n) => `${n + 1}. ${t}`),
      'Annex: documents referenced',
    ]);
    const firstItem = headings.slice(headings.indexOf(headings.find((h) => h.startsWith('## 1'))!) + 1, headings.findIndex((h) => h.startsWith('## 2')));
    expect(firstItem).toEqual([
      '### Purpose and lead',
      '### Background',
      '### National position',
      '### Tour de table',
      '### Annotations on the papers',
      '### Contacts',
    ]);
  });

  it('escapes the feed\'s and the delegate\'s text so none of it becomes markup, and it reads back as typed', () => {
    expect(md).not.toMatch(/(?<!\\)<(?!https?:)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    const lineToTake = md.split('\n').find((l) => unescape(l).startsWith('Line with'))!;
    expect(unescape(lineToTake)).toBe(`Line with ${HOSTILE}`);
    expect(md).toContain('[a link](https://nis.example.eu/ref)');
    expect(md).toContain('_emphasis_');
  });

  it('prints speaking points as Markdown lists, numbered ones counting from 1', () => {
    expect(md).toContain('- Second bullet with _emphasis_ and [a link](https://nis.example.eu/ref)');
    expect(md).toContain('1. First numbered step\n2. Second numbered step');
  });

  it('keeps Greek, Bulgarian and Arabic text and a very long word whole', () => {
    expect(md).toContain(GREEK);
    expect(md).toContain(BULGARIAN);
    expect(md).toContain(ARABIC);
    expect(md).toContain(LONG_WORD);
  });

  it('keeps a line that looks like a heading, list or quote from being one', () => {
    for (const line of ['# not a heading', '- not a list', '> not a quote', '12. not numbered', '| not | a table |']) {
      const escaped = inline(line);
      expect(escaped).not.toMatch(/^(#|-|>|\d+\.|\|)/);
      expect(unescape(escaped)).toBe(line);
    }
  });
});
