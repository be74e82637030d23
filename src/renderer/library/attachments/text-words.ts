// Whether search can find what a stored PDF says: the delegate who searches a phrase should know
// which files are in the index, which are on their way, and which could not be read.
import type { AttachmentCopy } from '../../../api/types';

export function textLine(copy: Pick<AttachmentCopy, 'text'>): string | null {
  const text = copy.text;
  if (!text) return null;
  if (text.status === 'pending') return 'Being read for search…';
  if (text.status === 'extracted') {
    const pages = text.pageCount;
    return pages === null ? 'In search' : `${pages} ${pages === 1 ? 'page' : 'pages'}, in search`;
  }
  return `Search cannot find its text: ${text.error?.trim().replace(/[.\s]+$/, '') || 'it could not be read'}`;
}
