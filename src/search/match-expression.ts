// Turns whatever a delegate types into a safe FTS5 query: words only, each quoted, all required,
// the last one matched as a prefix so results come as you type. Quotes, operators (AND, OR, NOT,
// NEAR, `-`, `^`, `:`) and unbalanced parentheses are just separators here, so no input can raise
// a syntax error or reach FTS5's column filters.
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 16;

export function toMatchExpression(input: string): string | null {
  const words = input.normalize('NFKC').match(WORD)?.slice(0, MAX_WORDS) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}
