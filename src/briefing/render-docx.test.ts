import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { closeStore, openStore, type Store } from '../store/open';
import { ARABIC, BULGARIAN, GREEK, HOSTILE, LONG_WORD, MEETING_ID, seedBriefingMeeting } from '../../tests/support/briefing-meeting';
import { buildBriefingNote } from './build-note';
import { renderDocx } from './render-docx';
import type { BriefingNote } from './model';

const MARKING = 'RESTREINT UE/EU RESTRICTED';
let db: Store;
let note: BriefingNote;
let titles: string[];
let zip: JSZip;
let documentXml: string;

interface WordParagraph {
  style: string | null;
  text: string;
  numbered: boolean;
}

/** The paragraphs of a WordprocessingML part, as Word reads them: style and text. */
function paragraphsOf(xml: string): WordParagraph[] {
  const dom = parseDocument(xml, { xmlMode: true });
  return DomUtils.getElementsByTagName('w:p', dom).map((p: Element) => ({
    style: DomUtils.getElementsByTagName('w:pStyle', p)[0]?.attribs['w:val'] ?? null,
    text: DomUtils.getElementsByTagName('w:t', p).map((t) => DomUtils.textContent(t)).join(''),
    numbered: DomUtils.getElementsByTagName('w:numPr', p).length > 0,
  }));
}

async function part(name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the DOCX has no ${name}`);
  return file.async('string');
}

beforeAll(async () => {
  db = openStore(':memory:');
  ({ titles } = await seedBriefingMeeting(db, 4));
  note = buildBriefingNote(db, MEETING_ID, { marking: MARKING }, new Date('2027-02-05T08:00:00Z'));
  zip = await JSZip.loadAsync(await renderDocx(note));
  documentXml = await part('word/document.xml');
});
afterAll(() => closeStore(db));

describe('the briefing note as a Word document', () => {
  it('has real Heading 1 paragraphs with the item titles, in agenda order, for Word\'s navigation pane', async () => {
    const headings1 = paragraphsOf(documentXml).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings1).toEqual(['Agenda overview', ...titles.map((t, n) => `${n + 1}. ${t}`), 'Annex: documents referenced']);
    expect(await part('word/styles.xml')).toContain('w:styleId="Heading1"');
  });

  it('has Heading 2 and 3 paragraphs for each item\'s sections and the position\'s parts', () => {
    const paragraphs = paragraphsOf(documentXml);
    const heading2 = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(heading2.slice(0, 6)).toEqual(['Purpose and lead', 'Background', 'National position', 'Tour de table', 'Annotations on the papers', 'Contacts']);
    const heading3 = paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(heading3.slice(0, 4)).toEqual(['Line to take', 'Speaking points', 'Red lines', 'Fallback']);
  });

  it('carries the position texts, the speaking points as list paragraphs, and the hostile text as text', () => {
    const paragraphs = paragraphsOf(documentXml);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain(`Line with ${HOSTILE}`);
    expect(texts).toContain(`No ${LONG_WORD}`);
    expect(texts).toContain('Accept a pilot limited to volunteering Member States.');
    expect(texts).toContain('First bullet <b>not bold</b> & "quoted"');
    const steps = paragraphs.filter((p) => p.numbered && p.text.startsWith('Second numbered step'));
    expect(steps.length).toBe(4);
    const bullets = paragraphs.filter((p) => p.numbered && p.text === 'Second bullet with emphasis and a link');
    expect(bullets.length).toBe(4);
    expect(documentXml).not.toContain('<script>');
  });

  it('has an agenda overview table with a repeated, shaded header row and every item', () => {
    const dom = parseDocument(documentXml, { xmlMode: true });
    const overview = DomUtils.getElementsByTagName('w:tbl', dom)[1]!;
    const rows = DomUtils.getElementsByTagName('w:tr', overview);
    expect(DomUtils.getElementsByTagName('w:tblHeader', rows[0]!)).toHaveLength(1);
    expect(DomUtils.getElementsByTagName('w:shd', rows[0]!)[0]!.attribs['w:fill']).toBe('1F3864');
    expect(rows.slice(1).map((r) => DomUtils.textContent(DomUtils.getElementsByTagName('w:tc', r)[1]!))).toEqual(titles);
  });

  it('prints the marking in the header and the footer, with "Page X of Y"', async () => {
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(headers.length).toBeGreaterThan(0);
    expect(footers.length).toBeGreaterThan(0);
    for (const name of headers) expect(paragraphsOf(await part(name)).map((p) => p.text).join('')).toContain(MARKING);
    for (const name of footers) {
      const xml = await part(name);
      expect(paragraphsOf(xml).map((p) => p.text).join('')).toContain(MARKING);
      expect(xml).toMatch(/PAGE/);
      expect(xml).toMatch(/NUMPAGES/);
      expect(paragraphsOf(xml).map((p) => p.text).join('')).toContain('Page ');
    }
  });

  it('names the meeting in the document\'s properties', async () => {
    const core = await part('docProps/core.xml');
    expect(DomUtils.textContent(DomUtils.getElementsByTagName('dc:title', parseDocument(core, { xmlMode: true }))[0]!)).toBe(
      'Briefing note: NIS Cooperation Group, 42nd plenary',
    );
  });

  it('prints the page of a highlight made in a PDF beside its paper', async () => {
    const withPage = structuredClone(note);
    withPage.items[0]!.annotations![0]!.page = 7;
    const xml = await (await JSZip.loadAsync(await renderDocx(withPage))).file('word/document.xml')!.async('string');
    const paper = withPage.items[0]!.annotations![0]!.documentTitle;
    expect(paragraphsOf(xml).map((p) => p.text)).toContainEqual(expect.stringContaining(`${paper}, page 7`));
    expect(paragraphsOf(documentXml).map((p) => p.text).join('\n')).not.toContain(`${paper}, page`);
  });

  it('keeps Greek, Bulgarian and Arabic text, the Arabic set right to left', () => {
    const texts = paragraphsOf(documentXml).map((p) => p.text);
    expect(texts).toContain(`2. ${GREEK}`);
    expect(texts).toContain(`3. ${BULGARIAN}`);
    expect(texts.some((t) => t.includes(ARABIC))).toBe(true);
    expect(documentXml).toMatch(/<w:rtl\/>|<w:rtl /);
    expect(documentXml).toMatch(/<w:bidi\/>|<w:bidi /);
  });

  it('leaves out characters XML cannot hold rather than writing a file Word refuses', async () => {
    const broken = { ...note, meeting: { ...note.meeting, title: 'Plenary\u0001 with a control\u000b character' } };
    const xml = await (await JSZip.loadAsync(await renderDocx(broken))).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(paragraphsOf(xml).map((p) => p.text)).toContain('Plenary with a control character');
  });
});

