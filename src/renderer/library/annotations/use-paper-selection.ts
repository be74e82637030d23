// Follows the delegate's selection in the paper and describes it in the paper's plain text.
// A drag is read once the pointer is released (not at every move); a selection made with the
// keyboard (caret browsing, Shift+arrows, Ctrl+A) is read once it has rested for a moment.
import { useEffect, useRef, type RefObject } from 'react';
import type { TextLocator } from './paper-text-map';
import { describeSelection } from './quote-selectors';
import { readSelectionOffsets } from './selection-offsets';
import type { PaperSelection } from './paper-annotations';

const KEYBOARD_REST_MS = 250;

export function usePaperSelection({
  paper,
  box,
  map,
  paused,
  onSelect,
}: {
  /** The element holding the paper's text. */
  paper: RefObject<HTMLElement | null>;
  /** The positioned box the toolbar is placed in. */
  box: RefObject<HTMLElement | null>;
  map: RefObject<TextLocator | null>;
  /** True while the toolbar holds the keyboard: its own focus changes are not new selections. */
  paused: () => boolean;
  onSelect: (selection: PaperSelection | null) => void;
}): () => PaperSelection | null {
  const pointerDown = useRef(false);
  const read = useRef<() => PaperSelection | null>(() => null);

  read.current = () => {
    const root = paper.current;
    const textMap = map.current;
    if (!root || !textMap) return null;
    const offsets = readSelectionOffsets(root, textMap);
    if (!offsets) return null;
    const quote = describeSelection(textMap.contentText, offsets.start, offsets.end);
    if (!quote) return null;
    const rects = offsets.range.getClientRects();
    const last = rects[rects.length - 1] ?? offsets.range.getBoundingClientRect();
    const origin = (box.current ?? root).getBoundingClientRect();
    return { ...quote, at: { x: last.right - origin.left, y: last.bottom - origin.top } };
  };

  useEffect(() => {
    let timer: number | undefined;
    const update = () => {
      window.clearTimeout(timer);
      if (paused()) return;
      onSelect(read.current());
    };
    const onPointerDown = (event: PointerEvent) => {
      // Presses in the toolbar or the panel are not the start of a new selection.
      if (paper.current?.contains(event.target as Node)) pointerDown.current = true;
    };
    const onPointerUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      // After the browser has settled the selection (a double click selects a word on release).
      timer = window.setTimeout(update, 0);
    };
    const onSelectionChange = () => {
      if (pointerDown.current) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(update, KEYBOARD_REST_MS);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [paper, paused, onSelect]);

  return () => read.current();
}
