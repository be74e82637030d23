// Highlights may overlap. The page draws each stretch of text once, with one <mark>, so the
// spans are cut at every start and end into segments, each knowing every annotation over it.
// The one that shows (its colour, the one a click selects) is the most specific: the shortest
// span, then the newest.

export interface PlacedHighlight {
  id: string;
  start: number;
  end: number;
  createdAt: string;
}

export interface HighlightSegment<H extends PlacedHighlight> {
  start: number;
  end: number;
  /** Every highlight over this stretch, the one shown first. */
  highlights: H[];
}

export function highlightSegments<H extends PlacedHighlight>(highlights: readonly H[]): HighlightSegment<H>[] {
  const spans = highlights.filter((h) => h.end > h.start);
  const cuts = [...new Set(spans.flatMap((h) => [h.start, h.end]))].sort((a, b) => a - b);
  const segments: HighlightSegment<H>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const over = spans.filter((h) => h.start <= start && h.end >= end).sort(moreSpecificFirst);
    if (over.length > 0) segments.push({ start, end, highlights: over });
  }
  return segments;
}

function moreSpecificFirst(a: PlacedHighlight, b: PlacedHighlight): number {
  return a.end - a.start - (b.end - b.start) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}
