// The briefing note as PDF: the model laid out by pdfmake (pdfkit underneath), in pure Node, so the
// desktop app, the browser mode's server and the CLI produce the very same file and none of them
// needs a browser. The text is real text (selectable, searchable, extractable), every heading is a
// bookmark in the PDF outline, every page carries "Page X of Y" and, when one is chosen, the marking
// at its top and bottom (classification markings are read at both edges of a page).
//
// pdfmake takes plain strings: nothing from the feed or the delegate is parsed as markup, so
// nothing is escaped; emphasis comes only from the speaking points' runs.
import type { Content, ContentTable, ContentText, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BriefingAnnotation, BriefingDocumentRef, BriefingItem, BriefingNote, SpeakingPoint } from './model';
import { withScriptFonts } from './pdf-script-runs';
import { mayReadLocalFile, PDF_FONT, pdfFonts } from './render-pdf-fonts';
import { printPdf } from './render-pdf-printer';
import { SECTION_TITLES, STANCE_WORDS, STATUS_WORDS, codeWords, contactLine, coverFacts, dayWords, documentLine, tourGroups } from './wording';

const MARGIN_X = 56;

export async function renderPdf(note: BriefingNote): Promise<Uint8Array> {
  const buffer = await printPdf(briefingPdfDefinition(note), pdfFonts(), mayReadLocalFile);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The pdfmake document for a note; separate from rendering so its structure can be read in tests. */
export function briefingPdfDefinition(note: BriefingNote): TDocumentDefinitions {
  const marking = note.marking?.trim() || null;
  const content: Content[] = [...cover(note)];
  // The cover stands alone; the first section after it starts the second page.
  let first = true;
  const h2 = (text: string, extra: HeadingExtra = {}) => {
    const node = heading(text, 'h2', first ? { ...extra, pageBreak: 'before' } : extra);
    first = false;
    return node;
  };
  if (note.meetingNotes?.length) content.push(h2(SECTION_TITLES.meetingNotes), ...note.meetingNotes.flatMap(paragraphs));
  if (note.overview.length) content.push(h2(SECTION_TITLES.overview), overviewTable(note));
  for (const item of note.items) content.push(...agendaItem(item, h2));
  if (note.annex.length) content.push(h2(SECTION_TITLES.annex), documentTable(note.annex));

  return {
    info: { title: `Briefing note: ${note.meeting.title}`, subject: 'Briefing note', creator: 'Delegate Desk', producer: 'Delegate Desk' },
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 64, MARGIN_X, 64],
    // The reader's title bar shows the meeting rather than the file name.
    displayTitle: true,
    header: marking ? () => scripted({ text: marking, style: 'marking', margin: [MARGIN_X, 28, MARGIN_X, 0] }) : undefined,
    footer: (page, pages) =>
      scripted({
        margin: [MARGIN_X, 18, MARGIN_X, 0],
        stack: [
          ...(marking ? [{ text: marking, style: 'marking', margin: [0, 0, 0, 2] } as Content] : []),
          {
            columns: [
              { text: note.meeting.title, style: 'footer', width: '*' },
              { text: `Page ${page} of ${pages}`, style: 'footer', alignment: 'right', width: 'auto' },
            ],
            columnGap: 12,
          },
        ],
      }),
    content: scripted(keepHeadingsWithNext(content)),
    pageBreakBefore: headingLeftAlone,
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.2 },
    styles: STYLES,
  };
}

const STYLES: StyleDictionary = {
  title: { fontSize: 22, bold: true, color: '#1f3864', margin: [0, 80, 0, 4] },
  subtitle: { fontSize: 13, color: '#444444', margin: [0, 0, 0, 24] },
  h2: { fontSize: 15, bold: true, color: '#1f3864', margin: [0, 16, 0, 6] },
  h3: { fontSize: 11.5, bold: true, color: '#2f5496', margin: [0, 10, 0, 4] },
  label: { bold: true },
  tableHeader: { bold: true, color: '#ffffff', fillColor: '#1f3864' },
  muted: { fontSize: 9, color: '#555555' },
  quote: { italics: true, color: '#333333' },
  marking: { bold: true, alignment: 'center', fontSize: 10, color: '#b00020' },
  footer: { fontSize: 8.5, color: '#555555' },
  link: { color: '#1a4f9c', decoration: 'underline' },
};

/** Arabic and Hebrew runs set in a font that has their glyphs (see pdf-script-runs.ts). */
const scripted = (node: Content): Content => withScriptFonts(node, STYLES);

interface HeadingExtra {
  pageBreak?: 'before';
  /** The outline entry this one nests under. */
  outlineParentId?: string;
  /** The id other outline entries nest under (pdfmake takes the node's id). */
  id?: string;
}

/** A heading that is also a bookmark in the PDF outline. */
function heading(text: string, level: 'h2' | 'h3', extra: HeadingExtra = {}): Content {
  return { text, style: level, outline: true, headlineLevel: level === 'h2' ? 1 : 2, ...extra } as Content;
}

const isHeading = (node: Content) => typeof node === 'object' && 'headlineLevel' in node && node.headlineLevel !== undefined;

type Margins = [number, number, number, number];
const marginsOf = (node: object): Margins => ((node as { margin?: Margins }).margin ?? [0, 0, 0, 0]);

/**
 * Text up to this long is a few lines at most, safe to move whole with its heading. A longer
 * paragraph is left to flow (a block moved whole could leave most of a page empty, and pdfmake
 * cannot move one taller than a page): headingLeftAlone still keeps its heading off a page's foot.
 */
const SHORT_TEXT = 400;

function plainText(text: ContentText['text']): string {
  if (typeof text === 'string' || typeof text === 'number') return String(text);
  if (Array.isArray(text)) return text.map((t) => plainText(typeof t === 'string' ? t : (t as ContentText).text)).join('');
  return plainText((text as ContentText).text);
}

/** A table this small (a quote, a paper or two, a tour de table) moves whole with its heading. */
const SMALL_TABLE = { rows: 12, characters: 1200 };

function isSmallTable(body: unknown[][]): boolean {
  if (body.length > SMALL_TABLE.rows) return false;
  const cellText = (cell: unknown): string => (typeof cell === 'string' ? cell : typeof cell === 'object' && cell !== null && 'text' in cell ? plainText((cell as ContentText).text) : '');
  return body.flat().reduce<number>((sum, cell) => sum + cellText(cell).length, 0) <= SMALL_TABLE.characters;
}

/**
 * The first short block of a node, to keep with the heading before it, and what is left after it:
 * a short paragraph or a group already bound is taken whole; a list gives its first item, a stack its
 * first block (the list or stack split in two, the first part without the bottom margin and the
 * rest without the top one, so it looks the same). A small table is taken whole; a large one is
 * not split (its columns are sized as a whole): headingLeftAlone below moves a heading left above it.
 */
function firstBlock(node: Content): [Content, Content | null] | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const [left, top, right, bottom] = marginsOf(node);
  const split = (key: 'ul' | 'stack', head: Content, rest: Content[]): [Content, Content | null] => [
    { ...node, [key]: [head], margin: [left, top, right, 0] } as Content,
    rest.length > 0 ? ({ ...node, [key]: rest, margin: [left, 0, right, bottom] } as Content) : null,
  ];
  const { ul, stack, unbreakable, table } = node as { ul?: Content[]; stack?: Content[]; unbreakable?: boolean; table?: { body: unknown[][] } };
  if (table) return isSmallTable(table.body) ? [node, null] : null;
  if ('text' in node) return plainText((node as ContentText).text).length <= SHORT_TEXT ? [node, null] : null;
  if (stack && unbreakable) return [node, null];
  if (ul?.length) return split('ul', ul[0]!, ul.slice(1));
  if (stack?.length) {
    const inner = firstBlock(stack[0]!);
    if (!inner) return null;
    const [head, rest] = inner;
    return split('stack', head, [...(rest ? [rest] : []), ...stack.slice(1)]);
  }
  return null;
}

/**
 * A heading (or a label such as "Speaking points") must not be left alone at the foot of a page:
 * each is bound, unbreakable, to the first short block after it (a short paragraph, a list's first
 * item, or a heading already bound to one), so they move to the next page together, and the rest
 * of a list flows on as before. What cannot be bound (a long table or paragraph) is left to
 * headingLeftAlone.
 */
function keepHeadingsWithNext(nodes: Content[]): Content[] {
  const out: Content[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const split = isHeading(node) && out[0] !== undefined ? firstBlock(out[0]) : null;
    if (split) {
      // A page break asked of the heading goes to the group, which now starts with it; its headline
      // level goes too, so headingLeftAlone leaves the bound heading be.
      const { pageBreak, headlineLevel: _bound, ...head } = node as ContentText;
      const [first, rest] = split;
      out.splice(0, 1, { stack: [head as Content, first], unbreakable: true, ...(pageBreak ? { pageBreak } : {}) }, ...(rest ? [rest] : []));
    } else out.unshift(node);
  }
  return out;
}

/** Room a heading needs below its top: itself and a table's header row and first row, or two lines. */
const KEEP_WITH = 64;

/**
 * pdfmake's last resort, for a heading the structure could not bind (one above a long table or
 * paragraph): one that starts too near the foot of its page for anything to follow it there starts
 * the next page. pdfmake lays the whole document out again for each heading it moves this way, so
 * binding comes first. (Its list of nodes on a page also counts a table that was then moved whole
 * to the next page, so the room left is measured instead.)
 */
function headingLeftAlone(node: { headlineLevel?: unknown; startPosition?: { pageInnerHeight: number; verticalRatio: number } }): boolean {
  const at = node.startPosition;
  return node.headlineLevel !== undefined && at !== undefined && at.pageInnerHeight * (1 - at.verticalRatio) < KEEP_WITH;
}

function cover(note: BriefingNote): Content[] {
  return [
    { text: note.meeting.title, style: 'title', outline: true },
    { text: 'Briefing note', style: 'subtitle' },
    {
      layout: 'noBorders',
      table: {
        widths: [90, '*'],
        body: coverFacts(note).map(([label, value]) => [{ text: label, style: 'label' }, value]),
      },
    },
  ];
}

function overviewTable(note: BriefingNote): Content {
  return gridTable(
    ['auto', '*', 'auto', 'auto', 'auto'],
    ['No.', 'Item', 'Purpose', 'Lead', 'Position'],
    note.overview.map((o) => [o.number, o.title, codeWords(o.purpose), o.lead ?? '', { text: STATUS_WORDS[o.positionStatus], noWrap: true }]),
  );
}

function agendaItem(item: BriefingItem, h2: (text: string, extra?: HeadingExtra) => Content): Content[] {
  // The outline id ties the sections to their item; the prefix keeps it apart from any other id.
  const id = `item:${item.id}`;
  const section = (text: string) => heading(text, 'h3', { outlineParentId: id });
  const purpose: ContentText['text'] = [{ text: 'Purpose: ', style: 'label' }, codeWords(item.purpose)];
  if (item.lead) purpose.push({ text: '\nLead: ', style: 'label' }, item.lead);
  const out: Content[] = [h2(item.number ? `${item.number}. ${item.title}` : item.title, { id }), section(SECTION_TITLES.purpose), { text: purpose, margin: [0, 0, 0, 4] }];

  const { background, position, tourDeTable, annotations, contacts, notes } = item;
  if (background) {
    out.push(section(SECTION_TITLES.background));
    if (background.description) out.push(...paragraphs(background.description));
    if (background.documents.length) out.push(documentTable(background.documents));
  }
  if (position) {
    const meta: ContentText['text'] = [{ text: 'Status: ', style: 'label' }, STATUS_WORDS[position.status]];
    if (position.owner) meta.push(' · ', { text: 'Owner: ', style: 'label' }, position.owner);
    if (position.dueDate) meta.push(' · ', { text: 'Due: ', style: 'label' }, dayWords(position.dueDate));
    out.push(section(SECTION_TITLES.position), { text: meta, margin: [0, 0, 0, 4] });
    if (position.lineToTake) out.push(label('Line to take'), ...paragraphs(position.lineToTake));
    if (position.speakingPoints.length) out.push(label('Speaking points'), ...speakingPoints(position.speakingPoints));
    if (position.redLines) out.push(label('Red lines'), ...paragraphs(position.redLines));
    if (position.fallback) out.push(label('Fallback'), ...paragraphs(position.fallback));
    if (position.background) out.push(label('Background notes'), ...paragraphs(position.background));
  }
  if (tourDeTable) {
    out.push(section(SECTION_TITLES.tourDeTable));
    const groups = tourGroups(tourDeTable);
    if (groups.length) {
      out.push({ text: groups.flatMap(([name, value], i) => [{ text: `${i ? '\n' : ''}${name}: `, style: 'label' }, value]), margin: [0, 0, 0, 4] });
    }
    if (tourDeTable.statements.length) {
      out.push({
        ...gridTable(['auto', 'auto', '*'], ['Speaker', 'Stance', 'Comment'], tourDeTable.statements.map((s) => [s.speakerName, STANCE_WORDS[s.stance], s.comment])),
        margin: [0, 2, 0, 6],
      });
    }
  }
  if (annotations?.length) out.push(section(SECTION_TITLES.annotations), ...annotations.map(annotation));
  if (contacts?.length) out.push(section(SECTION_TITLES.contacts), { ul: contacts.map(contactLine), margin: [0, 0, 0, 4] });
  if (notes?.length) out.push(section(SECTION_TITLES.notes), ...notes.flatMap(paragraphs));
  return out;
}

function label(text: string): Content {
  // A headline level (without a bookmark) binds it to the paragraph after it, as headings are.
  return { text, style: 'label', margin: [0, 6, 0, 2], headlineLevel: 3 };
}

/** Plain text as paragraphs, as the other formats read it: a blank line parts them, a line break stays. */
function paragraphs(text: string): Content[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: p.replace(/\r\n/g, '\n'), margin: [0, 0, 0, 4] }));
}

/** Paragraphs stay paragraphs; consecutive points of one kind form one list, as the delegate wrote them. */
function speakingPoints(points: SpeakingPoint[]): Content[] {
  const out: Content[] = [];
  let i = 0;
  while (i < points.length) {
    const kind = points[i]!.kind;
    if (kind === 'paragraph') {
      out.push({ text: runs(points[i]!), margin: [0, 0, 0, 4] });
      i++;
      continue;
    }
    const items: Content[] = [];
    for (; i < points.length && points[i]!.kind === kind; i++) {
      // pdfmake draws an ol's numbers after their line, so a reader copying or extracting the text
      // would get "point.1."; a number column keeps "1. point" in reading order.
      items.push(
        kind === 'bullet'
          ? { text: runs(points[i]!) }
          : { columns: [{ text: `${items.length + 1}.`, width: 16 }, { text: runs(points[i]!), width: '*' }], columnGap: 2, margin: [8, 0, 0, 1] },
      );
    }
    out.push(kind === 'bullet' ? { ul: items, margin: [0, 0, 0, 4] } : { stack: items, margin: [0, 0, 0, 4] });
  }
  return out;
}

function runs(point: SpeakingPoint): ContentText['text'] {
  return point.runs.map((r) => ({
    text: r.text,
    bold: r.bold ?? false,
    italics: r.italic ?? false,
    ...(r.link ? { link: r.link, style: 'link' } : {}),
  }));
}

function annotation(a: BriefingAnnotation): Content {
  const source: ContentText['text'] = [a.page !== null ? `${a.documentTitle}, page ${a.page}` : a.documentTitle];
  if (a.orphaned) source.push(' (no longer in the current text)');
  if (a.tags.length) source.push(` [${a.tags.join(', ')}]`);
  const stack: Content[] = [
    // A rule at the left marks the quote, as the other formats do; the text stays plain.
    {
      table: { widths: ['*'], body: [[{ text: a.quote, style: 'quote' }]] },
      layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 0 ? 2 : 0), vLineColor: () => '#bfbfbf', paddingLeft: () => 8 },
    },
    { text: source, style: 'muted', margin: [0, 1, 0, 2] },
  ];
  if (a.note) stack.push(...paragraphs(a.note));
  return { stack, margin: [0, 2, 0, 6] };
}

function documentTable(documents: BriefingDocumentRef[]): Content {
  return {
    ...gridTable(
      ['auto', '*', 'auto', '*'],
      ['Reference', 'Title', 'Date', 'Link'],
      documents.map((d): TableCell[] => [
        d.reference ?? '',
        d.available ? d.title : documentLine({ ...d, reference: null, date: null }),
        d.date ? dayWords(d.date) : '',
        d.url ? { text: d.url, link: d.url, style: 'link' } : '',
      ]),
    ),
    margin: [0, 2, 0, 6],
  };
}

/**
 * A table with a header row and thin rules. The header row is never left alone at the foot of a
 * page (pdfmake would repeat it anyway); a row is a few lines, kept whole rather than split.
 */
function gridTable(widths: (string | number)[], titles: string[], rows: TableCell[][]): ContentTable {
  return {
    layout: GRID,
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [headerRow(...titles), ...rows] },
  };
}

function headerRow(...titles: string[]): TableCell[] {
  return titles.map((text) => ({ text, style: 'tableHeader' }));
}

/** Thin blue-grey rules between cells, as the HTML note draws its tables. */
const GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#b4c6e7',
  vLineColor: () => '#b4c6e7',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
