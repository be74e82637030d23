import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { closeStore, openStore, type Store } from '../store/open';
import { ARABIC, BULGARIAN, GREEK, HOSTILE, LONG_WORD, MEETING_ID, seedBriefingMeeting } from '../../tests/support/briefing-meeting';
import { buildBriefingNote } from './build-note';
import { esc, renderHtml } from './render-html';

let db: Store;
let html: string;
let titles: string[];

beforeAll(async () => {
  db = openStore(':memory:');
  ({ titles } = await seedBriefingMeeting(db, 4));
  html = renderHtml(buildBriefingNote(db, MEETING_ID, { marking: 'RESTRICTED <b>"x"</b>', includePrivateNotes: true }, new Date('2027-02-05T08:00:00Z')));
});
afterAll(() => closeStore(db));

const dom = () => parseDocument(html);
const elements = (name: string) => DomUtils.getElementsByTagName(name, dom());
const text = (el: Element) => DomUtils.textContent(el);

describe('the briefing note as HTML', () => {
  it('prints the page of a highlight made in a PDF beside its paper', () => {
    const note = buildBriefingNote(db, MEETING_ID, {}, new Date('2027-02-05T08:00:00Z'));
    note.items[0]!.annotations![0]!.page = 7;
    expect(renderHtml(note)).toContain(`${esc(note.items[0]!.annotations![0]!.documentTitle)}, page 7`);
    expect(html).not.toContain(', page ');
  });

  it('is one self-contained page: no script, no handler, nothing loaded from elsewhere', () => {
    expect(elements('script')).toEqual([]);
    const all = DomUtils.findAll(() => true, dom().children);
    for (const el of all) {
      expect(Object.keys(el.attribs).filter((a) => a.startsWith('on')), el.name).toEqual([]);
      expect(el.attribs.src, el.name).toBeUndefined();
      expect(['img', 'iframe', 'link', 'object', 'embed', 'video', 'audio', 'base', 'form']).not.toContain(el.name);
    }
    // Links are to follow, never to load, and only to the web or mail.
    for (const a of elements('a')) expect(a.attribs.href).toMatch(/^(https?:|mailto:)/);
    expect(elements('style')).toHaveLength(1);
    expect(text(elements('style')[0]!)).toContain('@media print');
    expect(html).not.toMatch(/url\(|@import/);
  });

  it('prints the hostile text from the feed and the delegate as text, exactly as typed', () => {
    const itemHeadings = elements('h2').map(text);
    expect(itemHeadings).toContain(`1. Hostile ${HOSTILE}`);
    const body = text(elements('body')[0]!);
    expect(body).toContain(`Line with ${HOSTILE}`);
    expect(body).toContain(`Note: ${HOSTILE}`);
    expect(body).toContain('First bullet <b>not bold</b> & "quoted"');
    expect(body).toContain(LONG_WORD);
    expect(html).not.toContain('<script>alert');
  });

  it('has the item titles as headings in agenda order, between the overview and the annex', () => {
    expect(elements('h1').map(text)).toEqual(['NIS Cooperation Group, 42nd plenary']);
    expect(elements('h2').map(text)).toEqual([
      'Private notes on the meeting',
      'Agenda overview',
      ...titles.map((t, n) => `${n + 1}. ${t}`),
      'Annex: documents referenced',
    ]);
    const overviewRows = DomUtils.getElementsByTagName('tr', elements('table')[0]!).slice(1);
    expect(overviewRows.map((r) => text(DomUtils.getElementsByTagName('td', r)[1]!))).toEqual(titles);
  });

  it('prints the speaking points as lists, with emphasis and links', () => {
    const item = elements('section').find((s) => s.attribs.id === 'item-ai-2')!;
    expect(DomUtils.getElementsByTagName('ul', item).length).toBeGreaterThan(0);
    const numbered = DomUtils.getElementsByTagName('ol', item)[0]!;
    expect(DomUtils.getElementsByTagName('li', numbered).map(text)).toEqual(['First numbered step', `Second numbered step ${GREEK}`]);
    expect(DomUtils.getElementsByTagName('em', item).map(text)).toContain('emphasis');
    expect(DomUtils.getElementsByTagName('a', item).some((a) => a.attribs.href === 'https://nis.example.eu/ref')).toBe(true);
  });

  it('keeps Greek, Bulgarian and right-to-left text, marked for the browser to set its direction', () => {
    const body = text(elements('body')[0]!);
    expect(body).toContain(GREEK);
    expect(body).toContain(BULGARIAN);
    expect(body).toContain(ARABIC);
    expect(html).toContain('<meta charset="utf-8">');
    const arabic = DomUtils.findAll((el) => el.name === 'p' && text(el).includes(ARABIC), dom().children);
    expect(arabic.length).toBeGreaterThan(0);
    for (const p of arabic) expect(p.attribs.dir).toBe('auto');
  });

  it('prints the marking at the top and the bottom, as text', () => {
    const markings = DomUtils.findAll((el) => (el.attribs.class ?? '').split(' ').includes('marking'), dom().children);
    expect(markings.map(text)).toEqual(['RESTRICTED <b>"x"</b>', 'RESTRICTED <b>"x"</b>']);
  });

  it('prints the marking and "Page X of Y" in every printed page\'s margins, a hostile marking kept inside its CSS string', () => {
    const note = buildBriefingNote(db, MEETING_ID, { marking: 'EU </style><script>alert(1)</script> "\\' }, new Date('2027-02-05T08:00:00Z'));
    const page = parseDocument(renderHtml(note));
    expect(DomUtils.getElementsByTagName('script', page)).toEqual([]);
    const styles = DomUtils.getElementsByTagName('style', page);
    expect(styles).toHaveLength(1);
    const css = DomUtils.textContent(styles[0]!);
    expect(css).toContain('@top-center { content: "EU \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e  \\22 \\5c "');
    expect(css).toContain('"Page " counter(page) " of " counter(pages)');
  });

  it('escapes every character that could open a tag or end an attribute', () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});
