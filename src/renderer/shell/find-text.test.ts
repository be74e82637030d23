// The finds (the page's, the PDF reader's) read words as the app's search does: case and accents
// folded, any white space between words, and offsets that point into the text as shown.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPhrase, findWords, foldText } from './find-text';

const found = (text: string, query: string) => findPhrase(text, query).map(([s, e]) => text.slice(s, e));

describe('finding a phrase', () => {
  it('ignores case and accents, both ways', () => {
    expect(found('Le Réseau, le reseau, LE RÉSEAU.', 'reseau')).toEqual(['Réseau', 'reseau', 'RÉSEAU']);
    expect(found('Müller and Muller', 'MÜLLER')).toEqual(['Müller', 'Muller']);
    expect(found('Übersicht', 'ubersicht')).toEqual(['Übersicht']);
  });

  it('lets a space match any run of white space, line breaks included', () => {
    expect(found('the EU\n  Toolbox and the EU Toolbox', 'eu toolbox')).toEqual(['EU\n  Toolbox', 'EU Toolbox']);
    expect(findPhrase('Supply chain.\nSUPPLY chain security', 'supply chain')).toEqual([
      [0, 12],
      [14, 26],
    ]);
  });

  it('takes what is typed literally, operators and brackets too', () => {
    expect(found('CVE-2021-44228 (Log4Shell) a.b', '(log4shell)')).toEqual(['(Log4Shell)']);
    expect(found('a.b axb', 'a.b')).toEqual(['a.b']);
    expect(findPhrase('anything', '   ')).toEqual([]);
  });

  it('points into the text as shown when a character folds to several or to none', () => {
    // "ﬁ" folds to "fi"; a combining accent written on its own folds to nothing.
    expect(found('the ﬁnal text', 'final')).toEqual(['ﬁnal']);
    expect(found('cafe\u0301 noir', 'cafe noir')).toEqual(['cafe\u0301 noir']);
    expect(found('😀 Réseau', 'reseau')).toEqual(['Réseau']);
  });

  it('finds exactly where a plain search of the folded text does, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'É', ' ', '\n', 'ß', 'x') }), fc.constantFrom('a', 'e', 'ab', 'ss', 'é b'), (text, query) => {
        const matches = findPhrase(text, query);
        for (const [s, e] of matches) {
          expect(foldText(text.slice(s, e)).folded.replace(/\s+/g, ' ')).toBe(foldText(query).folded);
        }
        // Never overlapping, in order.
        for (let i = 1; i < matches.length; i++) expect(matches[i]![0]).toBeGreaterThanOrEqual(matches[i - 1]![1]);
      }),
    );
  });
});

describe('finding the words a search result opens a PDF with', () => {
  it('finds each of the words, accents and case folded, the longest where they overlap', () => {
    expect(findWords('Réseau and réseaux', ['reseau', 'RESEAUX'])).toEqual([
      [0, 6],
      [11, 18],
    ]);
  });

  it('finds nothing for no words', () => {
    expect(findWords('text', [])).toEqual([]);
    expect(findWords('text', ['  '])).toEqual([]);
  });
});
