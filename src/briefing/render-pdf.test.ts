// The PDF briefing note read back as a reader reads it: text extracted by pdf.js (the engine of
// Firefox's viewer), the outline (bookmarks), the links. A hand-made note, so what is checked is
// the rendering alone.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingNote } from './model';
import { briefingPdfDefinition, renderPdf } from './render-pdf';
import { fontFiles, mayReadLocalFile, pdfFonts } from './render-pdf-fonts';

const require = createRequire(import.meta.url);
GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;

const LONG_WORD = 'Netzwerkinformationssicherheitsumsetzungsgesetz'.repeat(4);

function fixture(overrides: Partial<BriefingNote> = {}): BriefingNote {
  const paper = {
    id: 'cg-2027-01',
    title: 'Guidelines on incident reporting under NIS2',
    reference: 'NIS CG 2027/01',
    date: '2027-01-20T12:00:00+01:00',
    url: 'https://example.europa.eu/cg-2027-01',
    available: true,
  };
  const greekPaper = {
    id: 'cg-2027-02',
    title: 'Κυβερνοασφάλεια: εθνική στρατηγική',
    reference: 'NIS CG 2027/02',
    date: null,
    url: 'https://example.europa.eu/cg-2027-02',
    available: true,
  };
  return {
    meeting: {
      id: 'mtg-2027-02-plenary',
      title: 'NIS Cooperation Group, 30th plenary',
      kind: 'plenary',
      startsAt: '2027-02-10T09:30:00+01:00',
      endsAt: '2027-02-10T17:00:00+01:00',
      location: 'Brussels, Berlaymont',
      format: 'in_person',
      chair: 'Polish Presidency',
    },
    delegation: { code: 'BG', name: 'Bulgaria' },
    marking: 'RESTRICTED – BG EYES ONLY',
    generatedAt: '2027-02-05T08:00:00Z',
    lastSyncAt: '2027-02-05T07:45:00Z',
    overview: [
      { number: '1', title: 'Adoption of the agenda', purpose: 'decision', lead: 'Chair', positionStatus: 'none' },
      { number: '2', title: 'Incident reporting guidelines', purpose: 'endorsement', lead: 'European Commission', positionStatus: 'approved' },
      { number: '3', title: 'Киберсигурност на веригите за доставки', purpose: 'discussion', lead: null, positionStatus: 'draft' },
    ],
    items: [
      { id: 'ai-1', number: '1', title: 'Adoption of the agenda', purpose: 'decision', lead: 'Chair' },
      {
        id: 'ai-2',
        number: '2',
        title: 'Incident reporting guidelines',
        purpose: 'endorsement',
        lead: 'European Commission',
        background: { description: 'The Commission presents the revised guidelines.\n\nA second paragraph of background.', documents: [paper, greekPaper] },
        position: {
          status: 'approved',
          lineToTake: 'Support the guidelines, with <b>two</b> changes & "quotes" kept as written.',
          speakingPoints: [
            { kind: 'paragraph', runs: [{ text: 'Opening: we thank the Commission.' }] },
            { kind: 'bullet', runs: [{ text: 'First point: ' }, { text: 'timelines', bold: true }, { text: ' must stay realistic.' }] },
            { kind: 'bullet', runs: [{ text: 'Second point: ' }, { text: 'proportionality', italic: true }, { text: ' for small entities.' }] },
            { kind: 'numbered', runs: [{ text: 'Third point: Κυβερνοασφάλεια matters.' }] },
            { kind: 'numbered', runs: [{ text: 'Fourth point: see ' }, { text: 'the paper', link: 'https://example.europa.eu/cg-2027-01' }] },
          ],
          redLines: 'No reporting within 12 hours.',
          fallback: 'Accept 24 hours with a simplified first notice.',
          background: 'Coordinated with the Ministry of e-Government.',
          owner: 'Ivan Petrov',
          dueDate: '2027-02-08',
        },
        tourDeTable: {
          ownStance: 'support',
          statements: [
            { speaker: 'DE', speakerName: 'Germany', stance: 'support', comment: 'Welcomes the text.' },
            { speaker: 'FR', speakerName: 'France', stance: 'scrutiny_reservation', comment: 'Needs more time.' },
          ],
          close: ['DE'],
          opposed: [],
          other: ['FR'],
        },
        annotations: [
          { documentId: paper.id, documentTitle: paper.title, quote: 'within 24 hours of becoming aware', note: 'Too short for SMEs.', tags: ['deadline'], orphaned: false, page: 12 },
          { documentId: greekPaper.id, documentTitle: greekPaper.title, quote: 'Κυβερνοασφάλεια για όλους', note: 'Ask the Greek delegation.', tags: [], orphaned: true, page: null },
        ],
        contacts: [
          { name: 'Μαρία Παπαδοπούλου', organisation: 'National Cyber Security Authority', country: 'GR', roles: ['delegate'], email: 'maria@example.gr', phone: '+30 210 000 0000' },
        ],
        notes: [`Remember the coffee with DE. ${LONG_WORD}`],
      },
      {
        id: 'ai-3',
        number: '3',
        title: 'Киберсигурност на веригите за доставки',
        purpose: 'discussion',
        lead: null,
        position: {
          status: 'draft',
          lineToTake: 'Киберсигурност first.',
          speakingPoints: [{ kind: 'bullet', runs: [{ text: 'Last point: Киберсигурност на веригите.' }] }],
          redLines: '',
          fallback: '',
          owner: '',
          dueDate: null,
        },
      },
    ],
    meetingNotes: ['Arrive early for the coordination meeting.'],
    annex: [paper, greekPaper],
    ...overrides,
  };
}

/** The text of each page as pdf.js extracts it, runs of white space made one. */
async function pageTexts(pdf: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  return texts;
}

interface OutlineEntry {
  title: string;
  items: OutlineEntry[];
}

const outlineTitles = (entries: OutlineEntry[]): { title: string; children: string[] }[] =>
  entries.map((e) => ({ title: e.title, children: e.items.map((c) => c.title) }));

/** Each expected piece found after the previous one. */
function expectInOrder(text: string, pieces: string[]): void {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    expect(at, `"${piece}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js takes the buffer over; it gets a copy so the caller's bytes stay readable.
  return getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
}

describe('renderPdf', () => {
  let bytes: Uint8Array;
  let pdf: PDFDocumentProxy;
  let pages: string[];
  let all: string;

  beforeAll(async () => {
    bytes = await renderPdf(fixture());
    pdf = await open(bytes);
    pages = await pageTexts(pdf);
    all = pages.join(' ');
  }, 60_000);

  it('is a PDF of several pages', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.numPages).toBeGreaterThan(2);
  });

  it('prints the cover: title, kind, dates, place, format, chair, delegation, marking, generated and last sync times', () => {
    expectInOrder(pages[0]!, [
      'NIS Cooperation Group, 30th plenary',
      'Briefing note',
      'Plenary',
      '10 February 2027',
      'Brussels, Berlaymont',
      'In person',
      'Polish Presidency',
      'Bulgaria (BG)',
      'RESTRICTED – BG EYES ONLY',
      '5 February 2027, 08:00 UTC',
      '5 February 2027, 07:45 UTC',
    ]);
  });

  it('prints the agenda overview with number, title, purpose, lead and position status', () => {
    expectInOrder(all, [
      'Agenda overview',
      '1 Adoption of the agenda Decision Chair No position',
      '2 Incident reporting guidelines Endorsement European Commission Approved',
      '3 Киберсигурност на веригите за доставки Discussion Draft',
    ]);
  });

  it('prints every item in agenda order with its sections in order, speaking points as written', () => {
    expectInOrder(all, [
      'Private notes on the meeting',
      'Arrive early for the coordination meeting.',
      '1. Adoption of the agenda',
      '2. Incident reporting guidelines',
      'Purpose: Endorsement',
      'Lead: European Commission',
      'Background',
      'The Commission presents the revised guidelines.',
      'A second paragraph of background.',
      'NIS CG 2027/01',
      'Guidelines on incident reporting under NIS2',
      '20 January 2027',
      'National position',
      'Status: Approved',
      'Owner: Ivan Petrov',
      'Due: 8 February 2027',
      'Line to take',
      'Support the guidelines, with <b>two</b> changes & "quotes" kept as written.',
      'Speaking points',
      'Opening: we thank the Commission.',
      'First point: timelines must stay realistic.',
      'Second point: proportionality for small entities.',
      '1. Third point: Κυβερνοασφάλεια matters.',
      '2. Fourth point: see the paper',
      'Red lines',
      'No reporting within 12 hours.',
      'Fallback',
      'Accept 24 hours with a simplified first notice.',
      'Background notes',
      'Coordinated with the Ministry of e-Government.',
      'Tour de table',
      'Our stance: Support',
      'Close to our line: Germany',
      'Others: France',
      'Germany Support Welcomes the text.',
      'France Scrutiny reservation Needs more time.',
      'Annotations on the papers',
      'within 24 hours of becoming aware',
      'Guidelines on incident reporting under NIS2, page 12 [deadline]',
      'Too short for SMEs.',
      'Κυβερνοασφάλεια για όλους',
      'Κυβερνοασφάλεια: εθνική στρατηγική (no longer in the current text)',
      'Ask the Greek delegation.',
      'Contacts',
      'Μαρία Παπαδοπούλου, National Cyber Security Authority, Greece, maria@example.gr, +30 210 000 0000',
      'Private notes',
      'Remember the coffee with DE.',
      '3. Киберсигурност на веригите за доставки',
      'Киберсигурност first.',
      'Last point: Киберсигурност на веригите.',
      'Annex: documents referenced',
      'NIS CG 2027/01',
      'NIS CG 2027/02 Κυβερνοασφάλεια: εθνική στρατηγική',
    ]);
  });

  it('prints each paper’s link (a link may wrap in its narrow column)', () => {
    const compact = all.replace(/\s/g, '');
    expectInOrder(compact, ['NISCG2027/01', 'https://example.europa.eu/cg-2027-01', 'NISCG2027/02', 'https://example.europa.eu/cg-2027-02', 'Nationalposition']);
    expectInOrder(compact, ['Annex:documentsreferenced', 'https://example.europa.eu/cg-2027-01', 'https://example.europa.eu/cg-2027-02']);
  });

  it('prints an annotation without a page as its document alone', () => {
    expect(all).not.toMatch(/εθνική στρατηγική, page/);
  });

  it('keeps a word longer than a line whole, broken only across lines', () => {
    expect(all.replace(/\s/g, '')).toContain(LONG_WORD);
  });

  it('keeps Greek and Bulgarian text as text', () => {
    expect(all).toContain('Κυβερνοασφάλεια');
    expect(all).toContain('Киберсигурност');
  });

  it('prints the marking and "Page X of Y" on every page', () => {
    pages.forEach((text, i) => {
      // Once in the header, once in the footer.
      expect(text.split('RESTRICTED – BG EYES ONLY').length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('bookmarks every heading, the sections under their item', async () => {
    const outline = (await pdf.getOutline()) as OutlineEntry[];
    expect(outlineTitles(outline)).toEqual([
      { title: 'NIS Cooperation Group, 30th plenary', children: [] },
      { title: 'Private notes on the meeting', children: [] },
      { title: 'Agenda overview', children: [] },
      { title: '1. Adoption of the agenda', children: ['Purpose and lead'] },
      {
        title: '2. Incident reporting guidelines',
        children: ['Purpose and lead', 'Background', 'National position', 'Tour de table', 'Annotations on the papers', 'Contacts', 'Private notes'],
      },
      { title: '3. Киберсигурност на веригите за доставки', children: ['Purpose and lead', 'National position'] },
      { title: 'Annex: documents referenced', children: [] },
    ]);
  });

  it('links the papers and the speaking points’ links', async () => {
    const urls = new Set<string>();
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const a of await (await pdf.getPage(n)).getAnnotations()) if (a.subtype === 'Link' && a.url) urls.add(a.url as string);
    }
    expect([...urls].sort()).toEqual(['https://example.europa.eu/cg-2027-01', 'https://example.europa.eu/cg-2027-02']);
  });

  it('sets the title of the document', async () => {
    const { info } = await pdf.getMetadata();
    expect((info as { Title?: string }).Title).toBe('Briefing note: NIS Cooperation Group, 30th plenary');
  });
});

describe('renderPdf without a marking or optional sections', () => {
  it('prints no marking, and no heading for a section the note leaves out', async () => {
    const note = fixture({ marking: null, meetingNotes: undefined, annex: [] });
    const pdf = await open(await renderPdf(note));
    const text = (await pageTexts(pdf)).join(' ');
    expect(text).not.toContain('RESTRICTED');
    expect(text).not.toContain('Private notes on the meeting');
    expect(text).not.toContain('Annex');
    const outline = outlineTitles((await pdf.getOutline()) as OutlineEntry[]);
    expect(outline.map((e) => e.title)).not.toContain('Annex: documents referenced');
    expect(outline.find((e) => e.title === '1. Adoption of the agenda')?.children).toEqual(['Purpose and lead']);
  }, 30_000);
});

describe('briefingPdfDefinition', () => {
  it('sets bold and italic runs of the speaking points in bold and italic, and nothing else', () => {
    const definition = JSON.stringify(briefingPdfDefinition(fixture()).content);
    expect(definition).toContain('{"text":"timelines","bold":true,"italics":false}');
    expect(definition).toContain('{"text":"proportionality","bold":false,"italics":true}');
    expect(definition).toContain('{"text":"First point: ","bold":false,"italics":false}');
  });
});

describe('the fonts pdfmake may read', () => {
  it('hands pdfmake the fonts as bytes, WOFF faces unpacked, and lets it read no file at all', () => {
    const files = fontFiles();
    for (const [family, faces] of Object.entries(pdfFonts())) {
      for (const [face, bytes] of Object.entries(faces)) {
        const path = files[family]![face as keyof typeof faces];
        // An sfnt starts with its version (TrueType 0x00010000 or 'OTTO'), never 'wOFF'.
        expect([0x00010000, 0x4f54544f], `${family} ${face}`).toContain(bytes.readUInt32BE(0));
        expect(mayReadLocalFile(path)).toBe(false);
      }
    }
    expect(mayReadLocalFile('/etc/passwd')).toBe(false);
  });
});

describe('renderPdf with Arabic and Hebrew text', () => {
  // An observer's name in Arabic inside an English line, a Hebrew quote, a paragraph written in
  // Arabic (set from the right), and Greek and Bulgarian beside them.
  const rtlNote = () => {
    const note = fixture({ marking: null });
    const item = note.items[1]!;
    item.contacts = [{ name: 'دانة الحربي', organisation: 'Observer', country: 'AE', roles: [], email: null, phone: null }];
    item.annotations = [
      { documentId: 'cg-2027-01', documentTitle: 'Guidelines on incident reporting under NIS2', quote: 'אבטחת סייבר לכולם', note: 'Κυβερνοασφάλεια, Киберсигурност.', tags: [], orphaned: false, page: 3 },
    ];
    item.position!.lineToTake = 'مرحبا بكم في الاجتماع الثاني';
    return note;
  };
  let pages: string[];
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderPdf(rtlNote());
    pages = await pageTexts(await open(bytes));
  }, 60_000);

  // pdf.js gives each drawn run back in reading (logical) order: it takes a right-to-left run as
  // drawn and reverses it, as any PDF reader does for copying and search. So a phrase is found as
  // written; only the runs of one line come in the order they are drawn, left to right.
  it('extracts the Arabic and Hebrew phrases as written, shaped letters and ligatures included', () => {
    const all = pages.join(' ');
    expect(all).toContain('دانة الحربي');
    expect(all).toContain('אבטחת סייבר לכולם');
    expect(all).toContain('مرحبا بكم في الاجتماع الثاني');
  });

  it('keeps Greek and Bulgarian text beside them', () => {
    const all = pages.join(' ');
    expect(all).toContain('Κυβερνοασφάλεια, Киберсигурност.');
    expect(all).toContain('Киберсигурност на веригите за доставки');
  });

  it('embeds a font with Arabic glyphs and one with Hebrew glyphs', () => {
    // Font dictionaries are not compressed: their names can be read from the bytes.
    const names = new TextDecoder('latin1').decode(bytes).match(/BaseFont \/[A-Z]+\+[\w-]+/g) ?? [];
    expect(names.some((n) => n.endsWith('IBMPlexSansArabic-Regular'))).toBe(true);
    expect(names.some((n) => n.endsWith('NotoSansHebrew-Regular'))).toBe(true);
  });
});

describe('renderPdf keeps a heading with what follows it', () => {
  /** A note whose line to take is `lines` lines long, pushing what follows towards a page's foot. */
  const pushed = (lines: number): BriefingNote => {
    const note = fixture({ marking: null, meetingNotes: undefined, overview: [], annex: [] });
    const [, item] = note.items;
    item!.position = {
      ...item!.position!,
      lineToTake: Array.from({ length: lines }, (_, i) => `Line ${i + 1} of the line to take.`).join('\n'),
      speakingPoints: [
        { kind: 'bullet', runs: [{ text: 'First speaking point.' }] },
        { kind: 'bullet', runs: [{ text: 'Second speaking point.' }] },
      ],
    };
    // Only the position, then the next item's background: a heading right above a table.
    item!.background = undefined;
    item!.tourDeTable = undefined;
    item!.annotations = undefined;
    item!.contacts = undefined;
    item!.notes = undefined;
    item!.position!.redLines = '';
    item!.position!.fallback = '';
    item!.position!.background = '';
    note.items = [item!, { ...note.items[0]!, background: { description: null, documents: [fixture().annex[0]!] } }];
    return note;
  };
  const pageOf = (pages: string[], text: string) => pages.findIndex((p) => p.includes(text)) + 1;

  // Over a run of lengths the label "Speaking points" reaches the foot of the page (checked: at
  // least one length pushes it over), and it must always share a page with the first point.
  it('never leaves the "Speaking points" label at the foot of a page without its first point', async () => {
    let moved = 0;
    for (let lines = 35; lines <= 39; lines++) {
      const pages = await pageTexts(await open(await renderPdf(pushed(lines))));
      const label = pageOf(pages, 'Speaking points');
      expect(label, `${lines} lines`).toBe(pageOf(pages, 'First speaking point.'));
      if (label > pageOf(pages, `Line ${lines} of the line to take.`)) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  }, 60_000);

  it('never leaves a section heading at the foot of a page above a table that starts on the next', async () => {
    let moved = 0;
    for (let lines = 22; lines <= 26; lines++) {
      const pages = await pageTexts(await open(await renderPdf(pushed(lines))));
      const heading = pageOf(pages, 'Background');
      expect(heading, `${lines} lines`).toBe(pageOf(pages, 'NIS CG 2027/01'));
      if (heading > pageOf(pages, 'Second speaking point.')) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  }, 60_000);
});
