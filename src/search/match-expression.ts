// Turns whatever a delegate types into a safe FTS5 query: words only, each quoted, all required,
// the last one matched as a prefix so results come as you type. Words typed between quotes
// ("incident notification") must come together, in that order: a phrase, matched exactly unless
// it is still being typed (its quote not closed yet). Operators (AND, OR, NOT, NEAR, `-`, `^`, `:`)
// and parentheses are just separators here, and a phrase holds nothing but words, so no input can
// raise a syntax error or reach FTS5's column filters.
/** One word of a query: letters and digits; everything else separates words. */
export const QUERY_WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 16;
/** Straight quotes, and the typographic ones a keyboard or a pasted text may bring (“ ” „ « »). */
const QUOTE = /["\u201C\u201D\u201E\u00AB\u00BB]/;

/** The words of what was typed, as a search takes them, phrases or not. */
export function queryWords(input: string): string[] {
  return input.normalize('NFKC').match(QUERY_WORD)?.slice(0, MAX_WORDS) ?? [];
}

interface Term {
  words: string[];
  /** Between quotes: its words together, and no prefix once the quote is closed. */
  phrase: boolean;
  closed: boolean;
}

/** What was typed, as words and phrases, in order, with at most MAX_WORDS words in all. */
function queryTerms(input: string): Term[] {
  const terms: Term[] = [];
  let count = 0;
  const parts = input.normalize('NFKC').split(QUOTE);
  parts.forEach((part, i) => {
    const words = (part.match(QUERY_WORD) ?? []).slice(0, MAX_WORDS - count);
    count += words.length;
    if (words.length === 0) return;
    // Odd parts lie between quotes; the last one is open when the quotes are odd in number.
    if (i % 2 === 1) terms.push({ words, phrase: true, closed: i < parts.length - 1 });
    else for (const word of words) terms.push({ words: [word], phrase: false, closed: false });
  });
  return terms;
}

export function toMatchExpression(input: string): string | null {
  const terms = queryTerms(input);
  if (terms.length === 0) return null;
  return terms
    .map((term, i) => {
      const prefix = i === terms.length - 1 && !(term.phrase && term.closed);
      return `"${term.words.join(' ')}"${prefix ? '*' : ''}`;
    })
    .join(' ');
}
