// A paper's attachments as the feed lists them, each with the state of its local copy. The feed's
// list is the truth for what a paper has (it is in the paper already, even when the copies
// cannot be read); a copy the core has not heard of yet is simply not downloaded.
import type { Attachment, AttachmentCopy, DownloadsStatus } from '../../../api/types';

export function withCopies(documentId: string, attachments: Attachment[], copies: AttachmentCopy[] | undefined): AttachmentCopy[] {
  const byUrl = new Map((copies ?? []).map((c) => [c.url, c]));
  return attachments.map((a) => {
    const copy = byUrl.get(a.url);
    return copy ? { ...a, ...copy } : absent(documentId, a);
  });
}

function absent(documentId: string, a: Attachment): AttachmentCopy {
  return {
    ...a,
    documentId,
    state: 'absent',
    storedSha256: null,
    localUrl: null,
    bytesReceived: 0,
    bytesTotal: null,
    error: null,
    nextAttemptAt: null,
    text: null,
  };
}

/** The copies whose download ended since the last look: stored, or failed. */
export function finishedSince(before: Map<string, AttachmentCopy['state']>, now: AttachmentCopy[]): AttachmentCopy[] {
  return now.filter((c) => {
    const was = before.get(c.url);
    return (was === 'queued' || was === 'downloading') && (c.state === 'stored' || c.state === 'failed');
  });
}

/**
 * The download running now, with the bytes counted live by the core (attachments.status), which
 * the stored copy only catches up with about once a second: without it a slow server would
 * leave the bar standing still.
 */
export function withLiveProgress(copies: AttachmentCopy[], current: DownloadsStatus['current'] | undefined): AttachmentCopy[] {
  if (!current) return copies;
  return copies.map((c) =>
    c.documentId === current.documentId && c.url === current.url && (c.state === 'queued' || c.state === 'downloading')
      ? { ...c, state: 'downloading', bytesReceived: current.bytesReceived, bytesTotal: current.bytesTotal ?? c.bytesTotal }
      : c,
  );
}
