// A selection in a paper's plain text, checked against that text and described the way the store
// keeps it: W3C TextPositionSelector (start, end) and TextQuoteSelector (exact, with 32
// characters of prefix and suffix). The context is always taken from the text here, never from
// the client, so every annotation's context means the same thing.
import { DeskError } from '../desk-error';
import { CONTEXT_LENGTH } from './match-quote';

/** The longest passage one highlight may hold (the annotation record's limit). */
export const MAX_QUOTE_LENGTH = 20_000;

export interface Selection {
  revision: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Checks that `exact` is what [start, end) holds in the revision, then trims spaces off its edges.
 * `place` names the text in the delegate's words when the selection does not fit it.
 */
export function describeSelection(
  text: string,
  revision: number,
  start: number,
  end: number,
  exact: string,
  place = `revision ${revision} of this paper`,
): Selection {
  if (end <= start || end > text.length) {
    throw new DeskError('rejected', `the selection falls outside the text of ${place}; select the text again`);
  }
  if (text.slice(start, end) !== exact) {
    throw new DeskError('rejected', `the selected text does not match ${place}; select the text again`);
  }
  const lead = exact.length - exact.trimStart().length;
  const trail = exact.length - exact.trimEnd().length;
  if (lead === exact.length) throw new DeskError('rejected', 'the selection holds no text, only spaces');
  return around(text, revision, start + lead, end - trail);
}

/** The first occurrence of a quote, spaces around it left out (the command line's way to select); null when the text lacks it. */
export function findQuote(text: string, revision: number, quote: string): Selection | null {
  const exact = quote.trim();
  if (exact === '') throw new DeskError('rejected', 'the quote is empty');
  const start = text.indexOf(exact);
  return start === -1 ? null : around(text, revision, start, start + exact.length);
}

function around(text: string, revision: number, start: number, end: number): Selection {
  if (end - start > MAX_QUOTE_LENGTH) {
    throw new DeskError('rejected', `a highlight holds at most ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters; select a shorter passage`);
  }
  return {
    revision,
    start,
    end,
    exact: text.slice(start, end),
    prefix: wholeCharacters(text.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
    suffix: wholeCharacters(text.slice(end, end + CONTEXT_LENGTH)),
  };
}

/**
 * Drops half of a character cut at the context's outer edge (an emoji is two UTF-16 units): the
 * store would save the half as a replacement character, and the context would no longer match.
 */
function wholeCharacters(s: string): string {
  return s.replace(/^[\uDC00-\uDFFF]/, '').replace(/[\uD800-\uDBFF]$/, '');
}
