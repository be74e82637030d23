// Cuts a snippet into plain and highlighted parts from the [start, end) ranges the search gives,
// so the page can wrap matches in <mark> elements built by React: the snippet stays text, never
// markup, whatever a paper or a note contains.

export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

/**
 * Ranges may come unsorted, overlapping, touching, empty or beyond the text: they are clamped and
 * merged first. The parts, joined, always give back the text exactly.
 */
export function splitByRanges(text: string, ranges: readonly (readonly [number, number])[]): SnippetPart[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const sorted = ranges
    .map(([start, end]) => [clamp(start), clamp(end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);

  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), highlighted: false });
    parts.push({ text: text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), highlighted: false });
  return parts;
}
