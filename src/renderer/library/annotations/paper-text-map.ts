// Where each character of a paper's plain text sits in the page.
//
// Annotations count their offsets in the paper's plain text (DocumentDetail.contentText), which
// the core made at ingest from the HTML (src/feed/clean-html.ts): block elements end a line,
// white space folds to one space, lines are trimmed and empty lines dropped. The page shows the
// same HTML, but its DOM text has the source's own white space and no line breaks between
// blocks. So the page's text nodes are read here the very same way, which gives the same text
// with, for every character, the text node and offset it came from; that text is then aligned
// with contentText (identical in the usual case; a character diff where the browser's parser and
// the ingest's parser disagree, e.g. a dropped <header> that still ended a line at ingest).
//
// The walk needs only what the browser's DOM and domhandler (the tests' parser) both offer.
import { diffChars } from 'diff';

/** The part of a DOM node the walk reads: elements have a tagName, text nodes their data. */
export interface PaperNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  childNodes: ArrayLike<PaperNode>;
  parentNode: PaperNode | null;
  nextSibling: PaperNode | null;
}

/** A run of characters inside one text node: [start, end) in the node's own data. */
export interface TextPiece<N extends PaperNode = PaperNode> {
  node: N;
  start: number;
  end: number;
}

/**
 * What drawing highlights and reading selections need of a page: where each character of the
 * text annotations count in sits in the DOM, and back. PaperTextMap is the HTML paper's; a PDF's
 * text layers have their own (src/renderer/library/pdf/pdf-text-layers.ts).
 */
export interface TextLocator {
  readonly contentText: string;
  piecesOf(start: number, end: number): TextPiece<Node>[];
  contentOffset(container: Node, offset: number, side: 'start' | 'end'): number | null;
}

// The tags of clean-html.ts's BLOCKS that can reach the page (the others are not in the
// allow-list, so the page never has them). paper-text-map.test.ts checks every allowed tag
// against the ingest's own reading, so the two lists cannot drift apart unnoticed.
const BLOCKS = new Set([
  'article', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SPACE = /\s/;
/** Beyond any text node: a boundary after the paper's last character. */
const AFTER_ALL = Number.MAX_SAFE_INTEGER;

/** The page's text read as the ingest reads HTML, each character with its origin. */
interface RenderedText {
  text: string;
  /** Every text node met, in document order (also those that gave no character). */
  nodes: PaperNode[];
  /** Per character: the index of its node in `nodes`, and its offset there. A line break sits
   *  half a character after the previous character, so (node, offset) keeps growing. */
  nodeOf: Int32Array;
  offsetOf: Float64Array;
}

function readRendered(root: PaperNode): RenderedText {
  const nodes: PaperNode[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let lineHasText = false;
  let lineBreakOwed = false;
  let pendingSpace: { node: number; offset: number } | null = null;

  const emit = (ch: string, node: number, offset: number) => {
    chars.push(ch);
    nodeOf.push(node);
    offsetOf.push(offset);
  };
  // Trailing spaces are trimmed and empty lines dropped, so a space or a line break is written
  // only once a character follows it on a line that has text.
  const endLine = () => {
    if (lineHasText) lineBreakOwed = true;
    lineHasText = false;
    pendingSpace = null;
  };
  const readText = (data: string, node: number) => {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (SPACE.test(ch)) {
        if (lineHasText && pendingSpace === null) pendingSpace = { node, offset: i };
        continue;
      }
      if (lineBreakOwed) {
        const last = chars.length - 1;
        emit('\n', nodeOf[last]!, offsetOf[last]! + 0.5);
        lineBreakOwed = false;
      }
      if (pendingSpace) emit(' ', pendingSpace.node, pendingSpace.offset);
      pendingSpace = null;
      emit(ch, node, i);
      lineHasText = true;
    }
  };
  const walk = (parent: PaperNode) => {
    const children = parent.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === TEXT_NODE) {
        nodes.push(child);
        readText(child.data ?? '', nodes.length - 1);
      } else if (child.nodeType === ELEMENT_NODE) {
        const block = BLOCKS.has((child.tagName ?? '').toLowerCase());
        if (block) endLine();
        walk(child);
        if (block) endLine();
      }
    }
  };
  walk(root);
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Float64Array.from(offsetOf) };
}

type Alignment = { aToB: Int32Array; bToA: Int32Array };
// The page is read again each time its highlights are drawn, always against the same text: the
// last alignment is kept so a paper the parsers disagree on is diffed once, not at every draw.
let lastAlignment: { a: string; b: string; result: Alignment } | null = null;

/** For each character of `a`, the index of the same character in `b` (or -1), and the reverse. */
export function alignTexts(a: string, b: string): Alignment {
  if (lastAlignment && lastAlignment.a === a && lastAlignment.b === b) return lastAlignment.result;
  const result = align(a, b);
  lastAlignment = { a, b, result };
  return result;
}

function align(a: string, b: string): Alignment {
  const aToB = new Int32Array(a.length).fill(-1);
  const bToA = new Int32Array(b.length).fill(-1);
  if (a === b) {
    for (let i = 0; i < a.length; i++) aToB[i] = bToA[i] = i;
    return { aToB, bToA };
  }
  // Bounded: two texts that differ beyond a few thousand edits are not the same paper, and an
  // unbounded diff of long texts could hang the page; nothing is placed then.
  const parts = diffChars(a, b, { maxEditLength: 4000 });
  if (!parts) return { aToB, bToA };
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (part.added) j += n;
    else if (part.removed) i += n;
    else {
      for (let k = 0; k < n; k++) {
        aToB[i + k] = j + k;
        bToA[j + k] = i + k;
      }
      i += n;
      j += n;
    }
  }
  return { aToB, bToA };
}

export class PaperTextMap<N extends PaperNode = PaperNode> {
  private readonly order = new Map<PaperNode, number>();

  private constructor(
    private readonly rendered: RenderedText,
    private readonly toContent: Int32Array,
    private readonly toRendered: Int32Array,
    /** The plain text offsets count in. */
    readonly contentText: string,
  ) {
    rendered.nodes.forEach((node, i) => this.order.set(node, i));
  }

  /** Reads the text under `root` and aligns it with the paper's plain text. */
  static read<N extends PaperNode>(root: N, contentText: string): PaperTextMap<N> {
    const rendered = readRendered(root);
    const { aToB, bToA } = alignTexts(rendered.text, contentText);
    return new PaperTextMap<N>(rendered, aToB, bToA, contentText);
  }

  /** The page's text as read (equal to contentText when the two parsers agree). */
  get renderedText(): string {
    return this.rendered.text;
  }

  /**
   * The runs of text nodes that show contentText[start, end), in document order. Characters the
   * page does not have (a line break between blocks) give no run.
   */
  piecesOf(start: number, end: number): TextPiece<N>[] {
    const pieces: TextPiece<N>[] = [];
    const { nodes, nodeOf, offsetOf } = this.rendered;
    const from = Math.max(0, start);
    const to = Math.min(end, this.contentText.length);
    for (let i = from; i < to; i++) {
      const r = this.toRendered[i]!;
      if (r < 0 || this.rendered.text[r] === '\n') continue;
      const node = nodes[nodeOf[r]!]! as N;
      const offset = offsetOf[r]!;
      const last = pieces.at(-1);
      if (last && last.node === node) last.end = offset + 1;
      else pieces.push({ node, start: offset, end: offset + 1 });
    }
    return pieces;
  }

  /**
   * The contentText offset of a boundary in the page (a Range's start or end): `side` says which,
   * so a boundary between two characters gives the first character of a start, or the end of
   * what came before for an end. Null when no character of the paper is on that side.
   */
  contentOffset(container: PaperNode, offset: number, side: 'start' | 'end'): number | null {
    const key = this.boundaryKey(container, offset);
    const { text } = this.rendered;
    if (side === 'start') {
      // The first character at or after the boundary that contentText also has.
      for (let r = this.firstAtOrAfter(key); r < text.length; r++) {
        const c = this.toContent[r]!;
        if (c >= 0 && text[r] !== '\n') return c;
      }
      return null;
    }
    for (let r = this.firstAtOrAfter(key) - 1; r >= 0; r--) {
      const c = this.toContent[r]!;
      if (c >= 0 && text[r] !== '\n') return c + 1;
    }
    return null;
  }

  /** A boundary as (text node order, offset): inside a text node, or before the next one. */
  private boundaryKey(container: PaperNode, offset: number): [number, number] {
    if (container.nodeType === TEXT_NODE) {
      const at = this.order.get(container);
      return at === undefined ? [AFTER_ALL, 0] : [at, offset];
    }
    // A boundary between an element's children: just before the first text node that follows.
    let next: PaperNode | null = container.childNodes[offset] ?? null;
    let from: PaperNode | null = next ? null : container;
    for (;;) {
      if (next) {
        const found = this.firstTextIn(next);
        if (found !== null) return [found, 0];
        from = next;
      }
      // Onwards: the next sibling, or the next sibling of the nearest ancestor that has one.
      next = null;
      while (from && !next) {
        next = from.nextSibling;
        if (!next) from = from.parentNode;
      }
      if (!next) return [AFTER_ALL, 0];
    }
  }

  private firstTextIn(node: PaperNode): number | null {
    if (node.nodeType === TEXT_NODE) return this.order.get(node) ?? null;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const found = this.firstTextIn(children[i]!);
      if (found !== null) return found;
    }
    return null;
  }

  /** The first rendered character whose (node, offset) is at or after the key. */
  private firstAtOrAfter([node, offset]: [number, number]): number {
    const { nodeOf, offsetOf } = this.rendered;
    let lo = 0;
    let hi = nodeOf.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const before = nodeOf[mid]! < node || (nodeOf[mid] === node && offsetOf[mid]! < offset);
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
