// The browser's selection, in and out of the paper's plain text offsets. Reading it lets the
// toolbar describe a selection; writing it back lets the paper be drawn again (its text nodes
// replaced) without taking the delegate's selection away.
import type { TextLocator } from './paper-text-map';

export interface SelectionInPaper {
  start: number;
  end: number;
  /** The part of the selection inside the paper, for placing the toolbar. */
  range: Range;
}

/** The selection's span in the paper's text, cut to the paper when it runs beyond it. */
export function readSelectionOffsets(root: HTMLElement, map: TextLocator): SelectionInPaper | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  // A drag that began in the title or ran past the end counts from the paper's edges.
  const inPaper = document.createRange();
  inPaper.selectNodeContents(root);
  if (root.contains(range.startContainer)) inPaper.setStart(range.startContainer, range.startOffset);
  if (root.contains(range.endContainer)) inPaper.setEnd(range.endContainer, range.endOffset);
  const start = map.contentOffset(inPaper.startContainer, inPaper.startOffset, 'start');
  const end = map.contentOffset(inPaper.endContainer, inPaper.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end, range: inPaper };
}

/** Selects [start, end) of the paper's text again, in the text as it is drawn now. */
export function restoreSelection(map: TextLocator, start: number, end: number): void {
  const pieces = map.piecesOf(start, end);
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return;
  window.getSelection()?.setBaseAndExtent(first.node, first.start, last.node, last.end);
}
