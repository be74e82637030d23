// What a paper draws: every placed annotation, and the selection a note is being written for.
// Shared by the HTML paper and the PDF reader, so both draw the very same highlights.
import { useMemo } from 'react';
import type { PaintedHighlight } from './paint-highlights';
import { usePaperAnnotations } from './paper-annotations';

export function usePaintedHighlights(): PaintedHighlight[] {
  const { lists, pending } = usePaperAnnotations();
  return useMemo<PaintedHighlight[]>(() => {
    const placed: PaintedHighlight[] = lists.placed.map((a) => ({
      id: a.id,
      start: a.anchor.start!,
      end: a.anchor.end!,
      createdAt: a.createdAt,
      color: a.color,
      note: a.note,
    }));
    if (pending) {
      const { start, end } = pending.selection;
      placed.push({ id: 'pending', start, end, createdAt: '', color: pending.color, note: '', pending: true });
    }
    return placed;
  }, [lists.placed, pending]);
}
