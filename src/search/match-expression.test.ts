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

  it('turns operators and syntax into plain quoted words or separators', () => {
    expect(toMatchExpression('AND')).toBe('"AND"*');
    expect(toMatchExpression('OR NOT')).toBe('"OR" "NOT"*');
    expect(toMatchExpression('NEAR(')).toBe('"NEAR"*');
    expect(toMatchExpression('title:foo')).toBe('"title" "foo"*');
    expect(toMatchExpression('-x')).toBe('"x"*');
    expect(toMatchExpression('a^b')).toBe('"a" "b"*');
    expect(toMatchExpression('"unbalanced')).toBe('"unbalanced"*');
    expect(toMatchExpression("'; DROP TABLE documents; --")).toBe('"DROP" "TABLE" "documents"*');
  });

  it('keeps at most 16 words', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const expression = toMatchExpression(words.join(' '))!;
    expect(expression.split(' ')).toHaveLength(16);
    expect(expression.endsWith('"w15"*')).toBe(true);
  });

  it('for any input, gives null or a string of quoted words with no stray quote', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const expression = toMatchExpression(input);
        if (expression === null) return;
        // Each term is "letters-or-digits" with a * on the last one only.
        expect(expression).toMatch(/^("[\p{L}\p{N}]+" )*"[\p{L}\p{N}]+"\*$/u);
      }),
      { numRuns: 500 },
    );
  });
});
