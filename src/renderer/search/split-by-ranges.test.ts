import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByRanges } from './split-by-ranges';

describe('splitByRanges', () => {
  it('marks the ranges and keeps the text around them', () => {
    expect(splitByRanges('the 5G toolbox', [[4, 6]])).toEqual([
      { text: 'the ', highlighted: false },
      { text: '5G', highlighted: true },
      { text: ' toolbox', highlighted: false },
    ]);
  });

  it('handles matches at both ends and several matches', () => {
    expect(splitByRanges('5G and 5G', [[0, 2], [7, 9]])).toEqual([
      { text: '5G', highlighted: true },
      { text: ' and ', highlighted: false },
      { text: '5G', highlighted: true },
    ]);
  });

  it('gives the whole text, unmarked, without ranges', () => {
    expect(splitByRanges('no match here', [])).toEqual([{ text: 'no match here', highlighted: false }]);
    expect(splitByRanges('', [])).toEqual([]);
  });

  it('merges overlapping and touching ranges, in any order', () => {
    expect(splitByRanges('abcdefgh', [[4, 6], [1, 3], [2, 4]])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bcdef', highlighted: true },
      { text: 'gh', highlighted: false },
    ]);
  });

  it('ignores empty and inverted ranges, and clamps ranges beyond the text', () => {
    expect(splitByRanges('abc', [[1, 1], [2, 1], [-5, 1], [2, 99]])).toEqual([
      { text: 'a', highlighted: true },
      { text: 'b', highlighted: false },
      { text: 'c', highlighted: true },
    ]);
  });

  it('keeps markup as text: the caller renders it, it never becomes HTML', () => {
    const parts = splitByRanges('<img src=x onerror=alert(1)> 5G', [[29, 31]]);
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> 5G');
    expect(parts.at(-1)).toEqual({ text: '5G', highlighted: true });
  });

  it('always joins back to the text, marks exactly the covered characters, and never repeats a kind', () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(range, { maxLength: 8 }), (text, ranges) => {
        const parts = splitByRanges(text, ranges);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.highlighted).not.toBe(parts[i - 1]!.highlighted);

        const covered = (i: number) => ranges.some(([s, e]) => i >= s && i < e);
        let at = 0;
        for (const part of parts) {
          for (let i = at; i < at + part.text.length; i++) expect(covered(i)).toBe(part.highlighted);
          at += part.text.length;
        }
      }),
    );
  });
});
