// Opening a paper records it read. What the delegate had read before this visit is kept for the
// page's lifetime: the "changed since you last read it" notice and the default comparison are
// about the visit before, not the mark this visit has just set.
//
// It is taken from the paper as loaded after the page opened, never from an older copy in the
// page's cache: a sync since that copy may have brought a new revision, which is the very thing
// to say.
import { useEffect, useState } from 'react';
import type { DocumentDetail, ReadMark } from '../../../api/types';
import { useAction } from '../../api/hooks';

export interface ReadBeforeOpening {
  readMark: ReadMark;
  readRevision: number | null;
}

/**
 * `fresh`: the paper's data was fetched since the page opened (React Query's
 * isFetchedAfterMount). Null until then.
 */
export function useReadOnOpen(document: DocumentDetail, fresh: boolean): ReadBeforeOpening | null {
  const [visit, setVisit] = useState<{ id: string; before: ReadBeforeOpening } | null>(null);
  // Another paper opened in the same page (a link from this one) is a new visit.
  const known = visit?.id === document.id ? visit.before : null;
  if (known === null && fresh) {
    setVisit({ id: document.id, before: { readMark: document.readMark, readRevision: document.readRevision } });
  }

  const { mutate } = useAction('documents.markRead');
  const recorded = known !== null;
  useEffect(() => {
    if (recorded) mutate({ id: document.id, read: true });
  }, [document.id, recorded, mutate]);
  return known;
}
