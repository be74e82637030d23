// Where an annotation sits in a revision of its paper (or a version of its PDF), worked out from
// its W3C selectors alone.
// The rules, in order:
// 1. On the revision it was made on, its TextPositionSelector holds if the text there is still
//    the quote (a revision's text never changes, but a record from a pack may number revisions
//    differently).
// 2. Otherwise the quote is searched exactly: the best occurrence by context and nearness wins.
//    In a new revision the recorded position is trusted only when the text there is still the
//    quote and no other occurrence fits the recorded context better (text inserted before it can
//    push another occurrence of the same words onto the old offsets).
// 3. With no exact occurrence, the quote is searched with a bounded number of differences, and
//    the best candidate is kept only if it scores well enough.
// 4. Nothing close enough: orphaned. The annotation itself is never touched.
import type { Anchor } from '../api/types';
import type { AnnotationRecord } from '../local-records/records';
import { bestMatch, exactMatches, fuzzyMatches, MIN_FUZZY_SCORE } from './match-quote';

export type Selectors = Pick<AnnotationRecord, 'revision' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>;

/** Where a quote sits in one text, whatever text it is (a paper's revision, a PDF's version). */
export type Placement = Pick<Anchor, 'status' | 'start' | 'end' | 'method'>;

export function placeAnnotation(selectors: Selectors, text: string, revision: number): Anchor {
  return { revision, ...placeQuote(selectors, text, selectors.revision === revision) };
}

/**
 * The rules above, for a paper's HTML text and a PDF's text alike. `sameText`: the text is the one
 * the selection was made in (same revision of the paper, same version of the PDF), so a position
 * that still holds is trusted as it is.
 */
export function placeQuote(selectors: Omit<Selectors, 'revision'>, text: string, sameText: boolean): Placement {
  const { exact, start, end } = selectors;
  const positionHolds = start !== null && end !== null && text.slice(start, end) === exact;
  if (positionHolds && sameText) return { status: 'anchored', start, end, method: 'position' };

  const context = { prefix: selectors.prefix, suffix: selectors.suffix, hint: start };
  const exactly = bestMatch(text, exact, exactMatches(text, exact), context);
  if (exactly) {
    const method = positionHolds && exactly.start === start ? 'position' : 'exact';
    return { status: 'anchored', start: exactly.start, end: exactly.end, method };
  }

  const fuzzily = bestMatch(text, exact, fuzzyMatches(text, exact), context);
  if (fuzzily && fuzzily.score >= MIN_FUZZY_SCORE) {
    return { status: 'anchored', start: fuzzily.start, end: fuzzily.end, method: 'fuzzy' };
  }
  return NOT_PLACED;
}

const NOT_PLACED: Placement = { status: 'orphaned', start: null, end: null, method: null };

export function orphaned(revision: number): Anchor {
  return { revision, ...NOT_PLACED };
}
