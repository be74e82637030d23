// Finding a quote in a paper's text, as the Hypothesis client does: every exact occurrence first;
// only when there is none, the closest approximate ones (approx-string-match, Myers' bit-parallel
// algorithm) with a bounded number of differences. Each candidate is scored on the quote itself,
// the text around it compared with the recorded prefix and suffix, and its nearness to where the
// annotation was.
import approxSearch from 'approx-string-match';

/** Characters of context kept on each side of a quote (the TextQuoteSelector's prefix and suffix). */
export const CONTEXT_LENGTH = 32;

/**
 * The most differences (inserted, removed or changed characters) a fuzzy match may have: a quarter
 * of the quote, and never more than 256. Hypothesis allows half; a quarter keeps a reworded
 * sentence from landing on a merely similar one, and a quote of three characters or fewer is
 * found exactly or not at all.
 */
export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 4));
}

// Hypothesis's weights: the quote counts most, then its context, and nearness only breaks ties.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/**
 * The lowest score (0 to 1) a fuzzy match may have. Unrelated text still scores about 0.3 as
 * context (letters and words recur), so with its context gone a match needs some nine tenths of
 * the quote right; with the prefix or the suffix still in place, the error bound alone decides.
 * An exact match is always kept, whatever its score.
 */
export const MIN_FUZZY_SCORE = 0.65;

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote started before, if known: nearer is better. */
  hint: number | null;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Differences between the quote and the text matched; 0 for an exact match. */
  errors: number;
  /** 0 to 1; 1 is the quote and its whole context found where it was. */
  score: number;
}

type Candidate = Omit<QuoteMatch, 'score'>;

export function exactMatches(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** The approximate matches with the fewest differences, none above the bound. */
export function fuzzyMatches(text: string, quote: string, maxErrors = maxErrorsFor(quote)): Candidate[] {
  if (quote === '' || maxErrors <= 0) return [];
  return approxSearch(text, quote, maxErrors).filter((m) => m.end > m.start);
}

/**
 * How much of the recorded context is found in `actual` (1 = all of it). An empty prefix or suffix
 * was recorded at the very start or end of the paper, so it matches only the same edge.
 */
function contextScore(actual: string, expected: string): number {
  if (expected === '') return actual === '' ? 1 : 0;
  if (actual === '') return 0;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

export function scoreMatch(text: string, quote: string, match: Candidate, context: QuoteContext): number {
  const quoteScore = 1 - match.errors / quote.length;
  const prefixScore = contextScore(text.slice(Math.max(0, match.start - CONTEXT_LENGTH), match.start), context.prefix);
  const suffixScore = contextScore(text.slice(match.end, match.end + CONTEXT_LENGTH), context.suffix);
  const positionScore = context.hint === null || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(match.start - context.hint) / text.length);
  return (
    (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore + WEIGHT.position * positionScore) /
    MAX_SCORE
  );
}

/**
 * Whether the text around a candidate is exactly the recorded context, edges of the paper
 * included (a context shorter than CONTEXT_LENGTH was cut by the start or the end).
 */
function contextIntact(text: string, c: Candidate, context: QuoteContext): boolean {
  const { prefix, suffix } = context;
  return (
    (prefix.length === CONTEXT_LENGTH ? text.startsWith(prefix, c.start - prefix.length) : c.start === prefix.length && text.startsWith(prefix)) &&
    (suffix.length === CONTEXT_LENGTH ? text.startsWith(suffix, c.end) : c.end + suffix.length === text.length && text.endsWith(suffix))
  );
}

/**
 * The best-scored candidate; on equal scores, the earlier one, so the result never depends on
 * order. Candidates with their context exactly as recorded come first, nearness deciding between
 * them: that is what a full score would mostly say too, and it spares scoring every "the" of a
 * long paper one by one.
 */
export function bestMatch(text: string, quote: string, candidates: Candidate[], context: QuoteContext): QuoteMatch | null {
  const intact = candidates.filter((c) => c.start >= context.prefix.length && contextIntact(text, c, context));
  let best: QuoteMatch | null = null;
  for (const c of intact.length > 0 ? intact : candidates) {
    const scored = { ...c, score: scoreMatch(text, quote, c, context) };
    if (!best || scored.score > best.score || (scored.score === best.score && scored.start < best.start)) best = scored;
  }
  return best;
}
