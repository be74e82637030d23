// Which two revisions a paper's "what changed" compares when the delegate has not chosen: from
// the revision they last read, else the one they last annotated, else the one before, to the
// current one. Kept free of React so it is tested under node.
import type { DocumentDetail } from '../../../api/types';

export type ComparisonBase = 'read' | 'annotated' | 'previous';

export interface DefaultComparison {
  from: number;
  to: number;
  base: ComparisonBase;
}

/**
 * `readRevision` is the revision read before this visit: opening the paper marks the current one
 * read at once, and "since I last read it" means since the visit before.
 * Null when the paper has a single revision: there is nothing to compare.
 */
export function defaultComparison(
  document: Pick<DocumentDetail, 'revision' | 'revisions' | 'lastAnnotatedRevision'>,
  readRevision: number | null,
): DefaultComparison | null {
  const to = document.revision;
  const kept = new Set(document.revisions.map((r) => r.seq));
  const earlier = (seq: number | null): seq is number => seq !== null && seq < to && kept.has(seq);
  if (earlier(readRevision)) return { from: readRevision, to, base: 'read' };
  if (earlier(document.lastAnnotatedRevision)) return { from: document.lastAnnotatedRevision, to, base: 'annotated' };
  const previous = Math.max(...document.revisions.map((r) => r.seq).filter((seq) => seq < to));
  return Number.isFinite(previous) ? { from: previous, to, base: 'previous' } : null;
}

type Revision = DocumentDetail['revisions'][number];

/**
 * A revision as the delegate names it: the desk's own count (the one the library shows), with the
 * publisher's number beside it when that says something else.
 */
export function revisionLabel(revision: Revision): string {
  const publisher = revision.feedRevision !== null && revision.feedRevision !== revision.seq ? ` (publisher's no. ${revision.feedRevision})` : '';
  return `Revision ${revision.seq}${publisher}`;
}

export const BASE_WORDS: Record<ComparisonBase, string> = {
  read: 'since the revision you last read',
  annotated: 'since the revision you annotated',
  previous: 'since the previous revision',
};
