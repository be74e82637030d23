// Where each character of a PDF's whole text (src/pdf/pdf-text.ts) sits in the text layers drawn
// so far, and back: what highlights are drawn into and selections are read from.
//
// pdf.js's TextLayer makes one element per text item, in the order pageText() reads them, so the
// i-th element's text starts at the page's start + itemStarts[i]. Line breaks and the blank line
// between pages are in the text but not in the layers: they give no run and no boundary. Pages
// not drawn (far from view) are simply not here; a selection never starts or ends in them.
import type { TextLocator, TextPiece } from '../annotations/paper-text-map';

/** One page's text layer as drawn: its elements (1:1 with the text items) and their offsets. */
export interface DrawnTextLayer {
  page: number;
  /** pdf.js's textDivs: one element per text item, some never attached (empty strings). */
  divs: readonly HTMLElement[];
  /** Each item's own text, to put the element back as pdf.js made it. */
  strings: readonly string[];
  /** pageText(items).itemStarts. */
  itemStarts: readonly number[];
}

interface Run {
  node: Text;
  /** [start, end) in the whole text. */
  start: number;
  end: number;
}

export class PdfTextLayers implements TextLocator {
  private readonly runs: Run[] = [];
  private readonly runOf = new Map<Node, Run>();

  /** Reads the layers as drawn now (after highlights cut their text nodes). */
  constructor(
    readonly contentText: string,
    pageStarts: readonly number[],
    layers: readonly DrawnTextLayer[],
  ) {
    for (const layer of [...layers].sort((a, b) => a.page - b.page)) {
      const pageStart = pageStarts[layer.page - 1];
      if (pageStart === undefined) continue;
      layer.divs.forEach((div, i) => {
        let at = pageStart + (layer.itemStarts[i] ?? 0);
        const walker = div.ownerDocument.createTreeWalker(div, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const run = { node, start: at, end: at + node.data.length };
          at = run.end;
          if (run.end > run.start) {
            this.runs.push(run);
            this.runOf.set(node, run);
          }
        }
      });
    }
  }

  /** Puts each element's text back as pdf.js drew it, without any highlight's <mark>. */
  static clear(layers: readonly DrawnTextLayer[]): void {
    for (const layer of layers) {
      layer.divs.forEach((div, i) => {
        const text = layer.strings[i] ?? '';
        if (div.childNodes.length !== 1 || div.firstChild?.nodeType !== Node.TEXT_NODE || div.textContent !== text) div.textContent = text;
      });
    }
  }

  piecesOf(start: number, end: number): TextPiece<Node>[] {
    const pieces: TextPiece<Node>[] = [];
    for (let i = this.firstEndingAfter(start); i < this.runs.length; i++) {
      const run = this.runs[i]!;
      if (run.start >= end) break;
      const from = Math.max(start, run.start) - run.start;
      const to = Math.min(end, run.end) - run.start;
      if (to > from) pieces.push({ node: run.node, start: from, end: to });
    }
    return pieces;
  }

  contentOffset(container: Node, offset: number, side: 'start' | 'end'): number | null {
    const run = this.runOf.get(container);
    if (run) return run.start + Math.min(offset, run.end - run.start);
    // A boundary between elements: the first run after it (a start), the last before it (an end).
    const boundary = container.ownerDocument!.createRange();
    let lo = 0;
    let hi = this.runs.length;
    try {
      boundary.setStart(container, offset);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (boundary.comparePoint(this.runs[mid]!.node, 0) < 0) lo = mid + 1;
        else hi = mid;
      }
    } catch {
      // A boundary in a page drawn before (its layer since replaced) is in no text drawn now.
      return null;
    }
    if (side === 'start') return this.runs[lo]?.start ?? null;
    return this.runs[lo - 1]?.end ?? null;
  }

  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.runs[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
