import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightSegments, type PlacedHighlight } from './highlight-segments';

const h = (id: string, start: number, end: number, createdAt = '2027-01-01T00:00:00Z'): PlacedHighlight => ({ id, start, end, createdAt });
const ids = (segments: ReturnType<typeof highlightSegments>) => segments.map((s) => [s.start, s.end, s.highlights.map((x) => x.id)]);

describe('highlightSegments', () => {
  it('keeps apart highlights that do not touch', () => {
    expect(ids(highlightSegments([h('a', 0, 5), h('b', 10, 12)]))).toEqual([
      [0, 5, ['a']],
      [10, 12, ['b']],
    ]);
  });

  it('cuts overlapping highlights, the shorter one shown where both are', () => {
    expect(ids(highlightSegments([h('long', 0, 20), h('short', 5, 10)]))).toEqual([
      [0, 5, ['long']],
      [5, 10, ['short', 'long']],
      [10, 20, ['long']],
    ]);
  });

  it('shows the newer of two equal spans', () => {
    const [segment] = highlightSegments([h('old', 3, 8, '2027-01-01T00:00:00Z'), h('new', 3, 8, '2027-02-01T00:00:00Z')]);
    expect(segment!.highlights.map((x) => x.id)).toEqual(['new', 'old']);
  });

  it('ignores empty spans', () => {
    expect(highlightSegments([h('empty', 4, 4)])).toEqual([]);
  });

  it('covers exactly what the highlights cover, each stretch once', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([s, n]) => h(`h${s}-${n}`, s, s + n));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), (spans) => {
        const segments = highlightSegments(spans);
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
        for (let x = 0; x < 80; x++) {
          const over = spans.filter((s) => s.start <= x && x < s.end).map((s) => s.id).sort();
          const segment = segments.find((s) => s.start <= x && x < s.end);
          expect(segment ? segment.highlights.map((s) => s.id).sort() : []).toEqual(over);
        }
      }),
    );
  });
});
