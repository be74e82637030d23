// A selection in the paper, described the way annotations are stored: the W3C
// TextPositionSelector (start, end in the plain text) and TextQuoteSelector (the exact text
// with 32 characters of context either side, as Hypothesis keeps), which is what lets the core
// find the passage again in a later revision.

/** Context kept either side of the quote. */
export const CONTEXT_LENGTH = 32;
/** The longest quote an annotation may hold (the record's limit). */
export const MAX_QUOTE_LENGTH = 20_000;

export interface QuoteSelection {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The selection [start, end) of `text`, without the white space a drag picks up at its edges
 * (the end of a line, the space before the next word). Null when nothing but white space is in it.
 */
export function describeSelection(text: string, start: number, end: number): QuoteSelection | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (from === to) return null;
  return {
    start: from,
    end: to,
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: text.slice(to, to + CONTEXT_LENGTH),
  };
}

/** A quote cut to `length` characters for a label or a line of the panel. */
export function shortQuote(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
