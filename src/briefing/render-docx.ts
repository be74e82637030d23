// The briefing note as a Word document. Ministries edit it further in Word, so it is built from
// Word's own parts rather than drawn: the built-in Heading 1/2/3 styles (the navigation pane and a
// table of contents find them), real tables and lists, the marking and "Page X of Y" in the header
// and footer of every page, and the title in the document's properties.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { BriefingDocumentRef, BriefingItem, BriefingNote, SpeakingPoint, TextRun as NoteRun } from './model';
import { startsRightToLeft } from './text-direction';
import { SECTION_TITLES, STANCE_WORDS, STATUS_WORDS, codeWords, contactLine, coverFacts, dayWords, documentLine, tourGroups } from './wording';

const NUMBERED = 'speaking-points-numbered';
const NAVY = '1F3864';
const BAND = 'F2F6FC';
const GRID = 'B4C6E7';
/** A4 less the 2 cm margins, in twentieths of a point. */
const MARGIN = 1134;
const TEXT_WIDTH = 11906 - 2 * MARGIN;

export async function renderDocx(note: BriefingNote): Promise<Uint8Array> {
  const lists = { next: 0 };
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(note.meeting.title)], ...bidi(note.meeting.title) }),
    new Paragraph({ children: [new TextRun({ text: 'Briefing note', italics: true, color: '595959' })] }),
    factsTable(coverFacts(note)),
  ];
  if (note.meetingNotes) children.push(heading(SECTION_TITLES.meetingNotes, 1), ...note.meetingNotes.flatMap(paragraphs));
  if (note.overview.length > 0) {
    children.push(
      heading(SECTION_TITLES.overview, 1),
      gridTable(
        ['No.', 'Item', 'Purpose', 'Lead', 'Position'],
        note.overview.map((o) => [o.number, o.title, codeWords(o.purpose), o.lead ?? '', STATUS_WORDS[o.positionStatus]]),
        [8, 44, 14, 18, 16],
      ),
    );
  }
  for (const i of note.items) children.push(...item(i, lists));
  if (note.annex.length > 0) {
    children.push(heading(SECTION_TITLES.annex, 1));
    note.annex.forEach((d, n) => children.push(new Paragraph({ children: [run(`${n + 1}. `), ...documentRuns(d)], ...bidi(d.title) })));
  }

  const marking = note.marking ? clean(note.marking) : null;
  const doc = new Document({
    title: clean(`Briefing note: ${note.meeting.title}`),
    subject: clean(note.meeting.title),
    creator: 'Delegate Desk',
    description: `Briefing note for ${clean(note.meeting.title)}, generated ${note.generatedAt}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        heading1: { run: { color: NAVY, size: 32, bold: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { color: NAVY, size: 28, bold: true }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading3: { run: { color: '2F5496', size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: { default: new Header({ children: [markingParagraph(marking)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  ...(marking ? [new TextRun({ text: `${marking}  ·  `, bold: true, color: '9C0006', size: 18 })] : []),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function item(i: BriefingItem, lists: { next: number }): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(`${i.number}. ${i.title}`, 1), heading(SECTION_TITLES.purpose, 2)];
  out.push(labelled('Purpose', codeWords(i.purpose)));
  if (i.lead) out.push(labelled('Lead', i.lead));
  if (i.background) {
    out.push(heading(SECTION_TITLES.background, 2));
    if (i.background.description) out.push(...paragraphs(i.background.description));
    for (const d of i.background.documents) out.push(new Paragraph({ bullet: { level: 0 }, children: documentRuns(d), ...bidi(d.title) }));
  }
  if (i.position) {
    const p = i.position;
    out.push(heading(SECTION_TITLES.position, 2), labelled('Status', STATUS_WORDS[p.status]));
    if (p.owner) out.push(labelled('Owner', p.owner));
    if (p.dueDate) out.push(labelled('Due', dayWords(p.dueDate)));
    if (p.lineToTake) out.push(heading('Line to take', 3), ...paragraphs(p.lineToTake));
    if (p.speakingPoints.length > 0) out.push(heading('Speaking points', 3), ...speakingPoints(p.speakingPoints, lists));
    if (p.redLines) out.push(heading('Red lines', 3), ...paragraphs(p.redLines));
    if (p.fallback) out.push(heading('Fallback', 3), ...paragraphs(p.fallback));
    if (p.background) out.push(heading('Background notes', 3), ...paragraphs(p.background));
  }
  if (i.tourDeTable) {
    const t = i.tourDeTable;
    out.push(heading(SECTION_TITLES.tourDeTable, 2));
    for (const [label, value] of tourGroups(t)) out.push(labelled(label, value));
    out.push(gridTable(['Speaker', 'Stance', 'Comment'], t.statements.map((s) => [s.speakerName, STANCE_WORDS[s.stance], s.comment]), [24, 20, 56]));
  }
  if (i.annotations) {
    out.push(heading(SECTION_TITLES.annotations, 2));
    for (const a of i.annotations) {
      out.push(
        new Paragraph({
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 8 } },
          children: [run(a.quote, { italics: true })],
          ...bidi(a.quote),
        }),
      );
      const source = `${a.documentTitle}${a.page ? `, page ${a.page}` : ''}${a.orphaned ? ' (no longer in the current text)' : ''}${a.tags.length > 0 ? ` [${a.tags.join(', ')}]` : ''}`;
      out.push(new Paragraph({ children: [run(source, { color: '595959', size: 20 })], ...bidi(a.documentTitle) }));
      if (a.note) out.push(...paragraphs(a.note));
    }
  }
  if (i.contacts) {
    out.push(heading(SECTION_TITLES.contacts, 2));
    for (const c of i.contacts) {
      const line = contactLine(c);
      out.push(new Paragraph({ bullet: { level: 0 }, children: [run(line)], ...bidi(line) }));
    }
  }
  if (i.notes) out.push(heading(SECTION_TITLES.notes, 2), ...i.notes.flatMap(paragraphs));
  return out;
}

function speakingPoints(points: SpeakingPoint[], lists: { next: number }): Paragraph[] {
  // Each run of numbered points is its own list, counting from 1.
  let instance = -1;
  let previous: SpeakingPoint['kind'] | null = null;
  return points.map((p) => {
    const text = p.runs.map((r) => r.text).join('');
    const children = p.runs.map(richRun);
    const bidirectional = bidi(text);
    previous = p.kind === 'numbered' && previous !== 'numbered' ? ((instance = lists.next++), 'numbered') : p.kind;
    if (p.kind === 'bullet') return new Paragraph({ bullet: { level: 0 }, children, ...bidirectional });
    if (p.kind === 'numbered') return new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance }, children, ...bidirectional });
    return new Paragraph({ children, ...bidirectional });
  });
}

function richRun(r: NoteRun): ParagraphChild {
  const text = run(r.text, { bold: r.bold, italics: r.italic, ...(r.link ? { style: 'Hyperlink' } : {}) });
  return r.link ? new ExternalHyperlink({ link: r.link, children: [text] }) : text;
}

function documentRuns(d: BriefingDocumentRef): ParagraphChild[] {
  const line = documentLine(d);
  return d.url ? [new ExternalHyperlink({ link: d.url, children: [run(line, { style: 'Hyperlink' })] })] : [run(line)];
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: levels[level], children: [run(text)], ...bidi(text) });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [run(`${label}: `, { bold: true }), run(value)], ...bidi(value) });
}

/** Plain text as paragraphs: blank lines part paragraphs, a single line break stays a break. */
function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => new Paragraph({ children: p.split(/\r?\n/).map((line, n) => run(line, { break: n > 0 ? 1 : undefined })), ...bidi(p) }));
}

function markingParagraph(marking: string | null): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: marking ? [new TextRun({ text: marking, bold: true, color: '9C0006', allCaps: false })] : [],
  });
}

function factsTable(facts: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders(),
    rows: facts.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 22, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(label, { bold: true, color: '404040' })] })] }),
            new TableCell({ width: { size: 78, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(value)], ...bidi(value) })] }),
          ],
        }),
    ),
  });
}

/** A table with a repeated navy header row and banded rows: the house style of the note. */
function gridTable(head: string[], rows: string[][], widths: number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: GRID };
  const cell = (text: string, shade: string | null, header: boolean) =>
    new TableCell({
      ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
      children: paragraphsOrEmpty(text, header),
    });
  // Column widths once, in the table's grid, rather than on each of its (many) cells.
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round((TEXT_WIDTH * w) / 100)),
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, NAVY, true)) }),
      ...rows.map((r, n) => new TableRow({ cantSplit: true, children: r.map((text) => cell(text, n % 2 === 1 ? BAND : null, false)) })),
    ],
  });
}

function paragraphsOrEmpty(text: string, header: boolean): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return [
    new Paragraph({
      children: lines.map((line, n) => run(line, { break: n > 0 ? 1 : undefined, ...(header ? { bold: true, color: 'FFFFFF' } : {}) })),
      ...bidi(text),
    }),
  ];
}

function noBorders() {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
}

type RunStyle = { bold?: boolean; italics?: boolean; color?: string; size?: number; style?: string; break?: number };

/** A run of text, right to left when its script is, with what XML cannot hold taken out. */
function run(text: string, style: RunStyle = {}): TextRun {
  const cleaned = clean(text);
  return new TextRun({ text: cleaned, ...definedOnly(style), ...(startsRightToLeft(cleaned) ? { rightToLeft: true } : {}) });
}

/** Only the styling that says something: an absent or false property writes no XML at all. */
function definedOnly(style: RunStyle): RunStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined && v !== false)) as RunStyle;
}

/**
 * XML 1.0 cannot hold most control characters (nor lone surrogates): one in a feed title would
 * make Word refuse the whole file, so they are dropped; tabs and line breaks are handled as layout.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function clean(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The paragraph option for right-to-left text; nothing at all for the rest (most of the note). */
function bidi(text: string): { bidirectional?: true } {
  return startsRightToLeft(text) ? { bidirectional: true } : {};
}
