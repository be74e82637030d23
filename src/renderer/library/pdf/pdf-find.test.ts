import { describe, expect, it } from 'vitest';
import { findPhrase, findWords } from './pdf-find';

describe('findPhrase', () => {
  it('finds every occurrence whatever the case, at the offsets of the text', () => {
    const text = 'Supply chain.\nSUPPLY chain security';
    expect(findPhrase(text, 'supply chain')).toEqual([
      [0, 12],
      [14, 26],
    ]);
  });

  it('matches a space against a line break inside the PDF text', () => {
    expect(findPhrase('the risk\nassessment', 'risk assessment')).toEqual([[4, 19]]);
  });

  it('takes what is sought literally, not as a pattern', () => {
    expect(findPhrase('a (b) c.d', '(b)')).toEqual([[2, 5]]);
    expect(findPhrase('a (b) c.d', 'c.d')).toEqual([[6, 9]]);
    expect(findPhrase('abc', 'a.c')).toEqual([]);
  });

  it('finds nothing for nothing sought', () => {
    expect(findPhrase('text', '   ')).toEqual([]);
  });
});

describe('findWords', () => {
  it('finds each of the words, longest first where they overlap', () => {
    expect(findWords('Réseau and réseaux', ['réseau', 'réseaux'])).toEqual([
      [0, 6],
      [11, 18],
    ]);
  });

  it('finds nothing for no words', () => {
    expect(findWords('text', [])).toEqual([]);
  });
});
