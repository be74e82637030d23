// Turns whatever a delegate types into a safe FTS5 query: words only, each quoted, all required,
// the last one matched as a prefix so results come as you type. Quotes, operators (AND, OR, NOT,
// NEAR, `-`, `^`, `:`) and unbalanced parentheses are just separators here, so no input can raise
// a syntax error or reach FTS5's column filters.
/** One word of a query: letters and digits; everything else separates words. */
export const QUERY_WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 16;

/** The words of what was typed, as a search takes them (the last one a prefix). */
export function queryWords(input: string): string[] {
  return input.normalize('NFKC').match(QUERY_WORD)?.slice(0, MAX_WORDS) ?? [];
}

export function toMatchExpression(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}
