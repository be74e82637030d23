// Which revision of a paper an annotation was made on, as the paper's facts name revisions: the
// publisher's number when the feed gave one, else the desk's own count, with when it came.
import type { DocumentDetail } from '../../../api/types';
import { formatDate } from '../../shell/format';

export function revisionLabel(document: Pick<DocumentDetail, 'revisions'>, seq: number): string {
  const revision = document.revisions.find((r) => r.seq === seq);
  if (!revision) return `revision ${seq}`;
  return `revision ${revision.feedRevision ?? seq} (received ${formatDate(revision.receivedAt)})`;
}
