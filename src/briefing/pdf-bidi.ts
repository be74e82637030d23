// Right-to-left text in the PDF note, put in visual order line by line once pdfmake has laid it out.
//
// pdfmake has no bidirectional support: it places the words of a line left to right in the order
// they were written. Arabic or Hebrew words must read right to left, and so must a run of them
// inside an English sentence. The Unicode Bidirectional Algorithm (bidi-js) gives each character
// of a line its level; this step then does what the algorithm's rule L2 says with the line's
// pieces: from the highest level down to the lowest odd one, every run of pieces at that level or
// above is reversed. It runs after line breaking, as the algorithm asks, so a paragraph keeps its
// reading order across lines.
//
// Inside a piece, fontkit (pdfkit's font engine) already shapes an Arabic or Hebrew word and lays
// its glyphs out right to left; only a piece without those letters that lands at a right-to-left
// level (a bracket, a dash between two Arabic words) is reversed here, its brackets mirrored.
import bidiFactory from 'bidi-js';
import { hasRtlScript } from './text-direction';

const bidi = bidiFactory();

/** A word (or run of words) of a laid-out line, as pdfmake hands it to its renderer. */
export interface Inline {
  text: string;
  x: number;
  width: number;
  trailingCut?: number;
  alignment?: string;
  fontSize?: number;
  characterSpacing?: number;
  fontFeatures?: unknown;
  /** pdfkit's font, which measures text. */
  font?: unknown;
  [property: string]: unknown;
}

interface Piece {
  inline: Inline;
  level: number;
}

/**
 * The line's inlines in the order they are to be drawn, left to right, with their x set. A line
 * with no right-to-left letter in a left-to-right paragraph comes back as it is.
 * A paragraph is right-to-left when it is set from the right (see pdf-script-runs.ts).
 */
export function inVisualOrder(inlines: Inline[]): Inline[] {
  if (inlines.length === 0) return inlines;
  const rtl = inlines[0]!.alignment === 'right';
  if (!rtl && !inlines.some((i) => hasRtlScript(i.text))) return inlines;
  const base = rtl ? 1 : 0;
  const text = inlines.map((i) => i.text).join('');
  const { levels } = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
  // Rule L1: the white space at the end of a line takes the paragraph's level.
  for (let i = text.length - 1; i >= 0 && /\s/.test(text[i]!); i--) levels[i] = base;

  const pieces: Piece[] = [];
  let at = 0;
  for (const inline of inlines) {
    const n = inline.text.length;
    let start = 0;
    for (let k = 1; k <= n; k++) {
      if (k < n && levels[at + k] === levels[at + start]) continue;
      pieces.push({ inline: start === 0 && k === n ? { ...inline } : part(inline, start, k), level: levels[at + start] ?? base });
      start = k;
    }
    at += n;
  }

  const ordered = reorder(pieces);
  // The trailing space of a right-to-left line ends up at its left; the line keeps its right edge.
  let x = inlines[0]!.x - (rtl ? (inlines[inlines.length - 1]!.trailingCut ?? 0) : 0);
  return ordered.map(({ inline, level }) => {
    const drawn = level % 2 === 1 && !hasRtlScript(inline.text) ? { ...inline, text: mirrored(inline.text) } : inline;
    drawn.x = x;
    x += drawn.width;
    return drawn;
  });
}

/** Rule L2: from the highest level to the lowest odd level, reverse every run at that level or higher. */
function reorder(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  const levels = out.map((p) => p.level);
  const highest = Math.max(...levels);
  const lowest = Math.min(...levels);
  const lowestOdd = lowest % 2 === 1 ? lowest : lowest + 1;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if (out[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

/** Characters start..end of an inline as an inline of their own, measured in its font. */
function part(inline: Inline, start: number, end: number): Inline {
  const text = inline.text.slice(start, end);
  const trailing = /\s+$/.exec(text)?.[0] ?? '';
  return { ...inline, text, width: widthOf(inline, text), trailingCut: trailing ? widthOf(inline, trailing) : 0, leadingCut: 0 };
}

function widthOf(inline: Inline, text: string): number {
  const spacing = (inline.characterSpacing ?? 0) * (text.length - 1);
  const font = inline.font as { widthOfString?: (text: string, size: number, features?: unknown) => number } | undefined;
  return font?.widthOfString ? font.widthOfString(text, inline.fontSize ?? 12, inline.fontFeatures) + spacing : inline.width;
}

/** Text of a right-to-left level drawn left to right: reversed, its brackets mirrored. */
function mirrored(text: string): string {
  return [...text]
    .reverse()
    .map((c) => bidi.getMirroredCharacter(c) ?? c)
    .join('');
}

/**
 * A ligature glyph (lam-alef, or a letter joined with the next) stands for several letters. pdfkit
 * maps it back to them in the order written, but a PDF reader takes a right-to-left run as drawn
 * and turns it back to reading order whole, which would swap the ligature's letters ("لا" read as
 * "ال"). So such a glyph maps to its letters in drawn order, and copied text reads as written.
 * Runs on pdfkit's embedded fonts just before the document is finished (when they are written).
 */
export function ligaturesInDrawnOrder(doc: object): void {
  const families = (doc as { _fontFamilies?: Record<string, { unicode?: (number[] | undefined)[] }> })._fontFamilies ?? {};
  for (const font of new Set(Object.values(families))) {
    const unicode = font.unicode;
    if (!unicode) continue;
    unicode.forEach((codePoints, gid) => {
      if (codePoints && codePoints.length > 1 && hasRtlScript(String.fromCodePoint(...codePoints))) unicode[gid] = [...codePoints].reverse();
    });
  }
}
