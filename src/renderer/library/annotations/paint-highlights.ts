// Draws highlights into the paper: each segment of text (highlight-segments.ts) becomes one
// <mark> per text node it crosses, carrying its colour, the ids of every annotation over it
// (a click selects, the panel reveals by id) and a title with their notes.
import type { HighlightColor } from '../../../api/types';
import { highlightInk } from './highlight-colors';
import { highlightSegments, type PlacedHighlight } from './highlight-segments';
import type { TextLocator, TextPiece } from './paper-text-map';

export interface PaintedHighlight extends PlacedHighlight {
  color: HighlightColor;
  note: string;
  /** The selection being annotated: drawn, but not yet an annotation. */
  pending?: boolean;
}

export function paintHighlights(map: TextLocator, highlights: readonly PaintedHighlight[]): void {
  const segments = highlightSegments(highlights);
  // Back to front: cutting a text node keeps the start of it in place, so the pieces still to
  // wrap (earlier in the paper) keep their node and offsets.
  for (let s = segments.length - 1; s >= 0; s--) {
    const segment = segments[s]!;
    const shown = segment.highlights.find((h) => h.pending) ?? segment.highlights[0]!;
    const ids = segment.highlights.filter((h) => !h.pending).map((h) => h.id);
    const pieces = map.piecesOf(segment.start, segment.end);
    for (let p = pieces.length - 1; p >= 0; p--) {
      const mark = wrapPiece(pieces[p]! as TextPiece<Text>);
      mark.className = [
        'dd-mark',
        segment.highlights.length > 1 ? 'dd-mark-overlap' : '',
        shown.pending ? 'dd-mark-pending' : '',
      ]
        .filter(Boolean)
        .join(' ');
      const ink = highlightInk(shown.color);
      mark.style.backgroundColor = ink.background;
      mark.style.color = ink.color;
      if (ids.length > 0) {
        mark.dataset.annotationId = shown.pending ? ids[0] : shown.id;
        mark.dataset.annotationIds = ids.join(' ');
      }
      mark.title = titleOf(segment.highlights);
    }
  }
}

/** Puts a run of one text node into a <mark> of its own (the PDF reader's find marks too). */
export function wrapPiece({ node, start, end }: TextPiece<Text>): HTMLElement {
  if (end < node.data.length) node.splitText(end);
  const inside = start > 0 ? node.splitText(start) : node;
  const mark = inside.ownerDocument.createElement('mark');
  inside.replaceWith(mark);
  mark.append(inside);
  return mark;
}

/** What a pointer or a screen reader's description gives for a mark: its notes. */
function titleOf(highlights: readonly PaintedHighlight[]): string {
  return highlights
    .map((h) => {
      if (h.pending) return 'New highlight (not saved yet)';
      return h.note.trim() ? `Highlight: ${h.note.trim()}` : 'Highlight (no note)';
    })
    .join('\n');
}

/** Marks the selected annotation's highlight, without drawing everything again. */
export function markSelected(paper: HTMLElement, id: string | null): void {
  for (const mark of paper.querySelectorAll('mark.dd-mark-selected')) mark.classList.remove('dd-mark-selected');
  if (!id) return;
  for (const mark of paper.querySelectorAll(`mark[data-annotation-ids~="${CSS.escape(id)}"]`)) mark.classList.add('dd-mark-selected');
}
