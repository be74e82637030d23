import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMatchExpression } from './match-expression';

describe('toMatchExpression', () => {
  it('quotes every word, requires all of them, and matches the last as a prefix', () => {
    expect(toMatchExpression('5G toolb')).toBe('"5G" "toolb"*');
    expect(toMatchExpression('incident')).toBe('"incident"*');
  });

  it('keeps accented, Greek and Cyrillic words whole', () => {
    expect(toMatchExpression('réseau sécurité')).toBe('"réseau" "sécurité"*');
    expect(toMatchExpression('κυβερνοασφάλεια киберсигурност')).toBe('"κυβερνοασφάλεια" "киберсигурност"*');
  });

  it('composes decomposed accents (NFKC), so "é" typed as e + combining accent is one word', () => {
    expect(toMatchExpression('re\u0301seau')).toBe('"réseau"*');
  });

  it('gives null when there is no word to look for', () => {
    for (const input of ['', '   ', '\t\n', '"', "'", '(', ')', '*', '^', ':', '-', '""', '()', '🔒', '— …']) {
      expect(toMatchExpression(input), JSON.stringify(input)).toBeNull();
    }
  });

  /** Each input with the expression it must give. */
  const expectExpressions = (cases: readonly (readonly [string, string])[]) => {
    for (const [input, expression] of cases) expect(toMatchExpression(input), JSON.stringify(input)).toBe(expression);
  };

  it('turns operators and syntax into plain quoted words or separators', () => {
    expectExpressions([
      ['AND', '"AND"*'],
      ['OR NOT', '"OR" "NOT"*'],
      ['NEAR(', '"NEAR"*'],
      ['title:foo', '"title" "foo"*'],
      ['-x', '"x"*'],
      ['a^b', '"a" "b"*'],
      ['"unbalanced', '"unbalanced"*'],
      ['"a" "b', '"a" "b"*'],
      ['"x" OR "y"', '"x" "OR" "y"'],
      ["'; DROP TABLE documents; --", '"DROP" "TABLE" "documents"*'],
    ]);
  });

  it('keeps words typed between quotes together, as a phrase, exact once its quote is closed', () => {
    expectExpressions([
      ['"incident notification"', '"incident notification"'],
      ['5G "supply chain" risk', '"5G" "supply chain" "risk"*'],
      // Still being typed: the phrase's last word is a prefix, as a last word is.
      ['"incident notif', '"incident notif"*'],
      // A word alone between quotes is that word, not any word it starts.
      ['"risk"', '"risk"'],
      // What a phrase holds is words only: its own punctuation separates them.
      ['"post-quantum cryptography" NEAR(', '"post quantum cryptography" "NEAR"*'],
      // Typographic quotes, as a word processor or a pasted text brings them.
      ['“supply chain” «réseau électrique»', '"supply chain" "réseau électrique"'],
      ['"" "  " x', '"x"*'],
    ]);
  });

  it('keeps at most 16 words', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const expression = toMatchExpression(words.join(' '))!;
    expect(expression.split(' ')).toHaveLength(16);
    expect(expression.endsWith('"w15"*')).toBe(true);
    expect(toMatchExpression(`"${words.join(' ')}"`)!.split(' ')).toHaveLength(16);
  });

  it('for any input, gives null or quoted words and phrases with no stray quote, a * on the last at most', () => {
    const typed = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom('"', '“', '»', ' ', 'a', 'é', '5', '-', '*', '('), { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(
      fc.property(typed, (input) => {
        const expression = toMatchExpression(input);
        if (expression === null) return;
        // Each term is "words of letters-or-digits", one space between them.
        const term = '"[\\p{L}\\p{N}]+(?: [\\p{L}\\p{N}]+)*"';
        expect(expression).toMatch(new RegExp(`^(?:${term} )*${term}\\*?$`, 'u'));
      }),
      { numRuns: 1000 },
    );
  });
});
