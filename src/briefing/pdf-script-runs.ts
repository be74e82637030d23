// Text in Arabic or Hebrew script, in a PDF note set in Roboto: each run of those scripts gets a
// font that has its glyphs, and a paragraph that starts right-to-left is set from the right.
//
// pdfmake picks one font per run of text and has no fallback, so a name like "دانة الحربي" in a
// Roboto line would print as empty boxes. This walks the document definition once, before layout,
// and cuts every string holding such letters into runs by script. Text without them is left as it
// is (the common case costs one regular-expression test per string). The visual order of a line is
// a later step (pdf-bidi.ts), once pdfmake has broken the text into lines.
import type { Content, ContentText, Style, StyleDictionary } from 'pdfmake/interfaces';
import { ARABIC_FONT, HEBREW_FONT } from './render-pdf-fonts';
import { hasRtlScript, startsRightToLeft } from './text-direction';

/** Letters, marks, digits and punctuation of the two scripts (Script_Extensions, so the Arabic comma and harakat count). */
const ARABIC = /\p{scx=Arabic}/u;
const HEBREW = /\p{scx=Hebrew}/u;
/**
 * A run of one of the scripts (words and the spaces between them: both fonts have a space, and a
 * phrase in one font is drawn, and read back from the PDF, as one piece), or of anything else.
 */
const SCRIPT_RUNS = /\p{scx=Arabic}+(?:\s+\p{scx=Arabic}+)*|\p{scx=Hebrew}+(?:\s+\p{scx=Hebrew}+)*|(?:(?!\p{scx=Arabic}|\p{scx=Hebrew})[^])+/gu;

type Run = string | ContentText;

/**
 * Given any feature list, pdfkit lays a run out whole instead of word by word (its cache for plain
 * text), so fontkit reverses a whole right-to-left phrase rather than each word in place. Kerning
 * is on by default anyway; one shared list, so neighbouring runs still compare as drawn alike.
 */
const WHOLE_RUN: NonNullable<ContentText['fontFeatures']> = ['kern'];

/** One string as runs by script, the Arabic and Hebrew ones in their font; other properties kept. */
export function scriptRuns(text: string, props: Omit<ContentText, 'text'> = {}): Run[] {
  return (text.match(SCRIPT_RUNS) ?? []).map((piece) => {
    const font = ARABIC.test(piece) ? ARABIC_FONT : HEBREW.test(piece) ? HEBREW_FONT : undefined;
    if (font) return { ...props, text: piece, font, fontFeatures: WHOLE_RUN } as ContentText;
    return Object.keys(props).length > 0 ? ({ ...props, text: piece } as ContentText) : piece;
  });
}

/** pdfmake's content, loosely: its types do not narrow by key. */
type Node = string | number | Node[] | { [key: string]: unknown };
type TextNode = { text?: unknown; [key: string]: unknown };

/** The text of a text node (a string, or runs, nested or not) as one string. */
function plain(text: unknown): string {
  if (typeof text === 'string' || typeof text === 'number') return String(text);
  if (Array.isArray(text)) return text.map(plain).join('');
  return typeof text === 'object' && text !== null ? plain((text as TextNode).text) : '';
}

function splitText(text: unknown): unknown {
  if (typeof text === 'string') return hasRtlScript(text) ? scriptRuns(text) : text;
  if (!Array.isArray(text)) return text;
  return text.flatMap((run: unknown): unknown[] => {
    if (typeof run === 'string') return hasRtlScript(run) ? scriptRuns(run) : [run];
    if (typeof run === 'object' && run !== null && 'text' in run) {
      const { text: inner, ...props } = run as TextNode;
      if (typeof inner === 'string') return hasRtlScript(inner) ? scriptRuns(inner, props) : [run];
      return [{ ...run, text: splitText(inner) }];
    }
    return [run];
  });
}

/**
 * The document's content with every Arabic and Hebrew run in a font that has its glyphs, and every
 * paragraph that starts in one of those scripts set from the right (as an Arabic or Hebrew reader,
 * and the HTML note's dir="auto", set it), unless its style already aligns it. That alignment also
 * tells the line step the paragraph's direction, since pdfmake keeps no other mark on a line.
 */
export function withScriptFonts(content: Content, styles: StyleDictionary = {}): Content {
  return walk(content as Node, styles) as Content;
}

function walk(node: Node, styles: StyleDictionary): Node {
  if (typeof node === 'string') {
    if (!hasRtlScript(node)) return node;
    return startsRightToLeft(node) ? { text: scriptRuns(node), alignment: 'right' } : { text: scriptRuns(node) };
  }
  if (Array.isArray(node)) return node.map((n) => walk(n, styles));
  if (typeof node !== 'object' || node === null) return node;
  const out: { [key: string]: unknown } = { ...node };
  if ('text' in node) {
    const source = plain(node.text);
    if (hasRtlScript(source)) {
      out.text = splitText(node.text);
      // The bookmark keeps the plain title (pdfmake would otherwise take the runs for it).
      if (node.outline && !node.outlineText) out.outlineText = source;
      if (node.alignment === undefined && !aligned(node.style, styles) && startsRightToLeft(source)) out.alignment = 'right';
    }
  }
  for (const key of ['stack', 'columns', 'ul', 'ol']) {
    if (Array.isArray(node[key])) out[key] = (node[key] as Node[]).map((n) => walk(n, styles));
  }
  const table = node.table as { body?: Node[][] } | undefined;
  if (table?.body) out.table = { ...table, body: table.body.map((row) => row.map((cell) => walk(cell, styles))) };
  return out;
}

/** Whether a node's named style(s) set an alignment already (the marking is centred, for one). */
function aligned(style: unknown, styles: StyleDictionary): boolean {
  const names: unknown[] = style === undefined ? [] : Array.isArray(style) ? style : [style];
  return names.some((name) => typeof name === 'string' && (styles[name] as Style | undefined)?.alignment !== undefined);
}
