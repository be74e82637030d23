// A paper's attachments with their local copies, kept current while a download runs (polled,
// with the running download's bytes from attachments.status, and while a stored PDF is being
// read for search) and quiet when nothing is changing.
// A download that ends while the paper is open is announced, as it may have been asked for a
// while ago and the delegate has moved on to reading.
import { useEffect, useRef } from 'react';
import type { Attachment, AttachmentCopy } from '../../../api/types';
import { useCall } from '../../api/hooks';
import { notify } from '../../sync/notify';
import { attachmentName, failureSentence, isChanging, isPending } from './copy-words';
import { finishedSince, withCopies, withLiveProgress } from './merge-copies';

const WHILE_PENDING_MS = 1000;

export function useAttachmentCopies(documentId: string, attachments: Attachment[]) {
  const query = useCall(
    'attachments.list',
    { documentId },
    {
      enabled: attachments.length > 0,
      // The store is on this machine: an error now is an error in a second too.
      retry: false,
      refetchInterval: (q) => (q.state.data?.some(isChanging) ? WHILE_PENDING_MS : false),
    },
  );
  const pending = query.data?.some(isPending) ?? false;
  const live = useCall('attachments.status', {}, { enabled: pending, retry: false, refetchInterval: pending ? WHILE_PENDING_MS : false });
  const asked = useFinishNotices(query.data);
  const copies = withCopies(documentId, attachments, query.data);
  return { copies: pending ? withLiveProgress(copies, live.data?.current) : copies, error: query.error, asked };
}

/**
 * Announces downloads that end while the paper is open. Returns `asked(url)`, for "Download now":
 * a download that fails before any poll saw it waiting must still be announced.
 */
function useFinishNotices(copies: AttachmentCopy[] | undefined): (url: string) => void {
  const seen = useRef(new Map<string, AttachmentCopy['state']>());
  useEffect(() => {
    if (!copies) return;
    for (const copy of finishedSince(seen.current, copies)) {
      const name = attachmentName(copy);
      if (copy.state === 'stored') {
        notify({ title: 'Available offline', message: `${name} is on this device now, and opens without a network.` });
      } else {
        notify({ title: `${name} was not downloaded`, message: failureSentence(copy, new Date()) ?? '', failed: true });
      }
    }
    seen.current = new Map(copies.map((c) => [c.url, c.state]));
  }, [copies]);
  return (url: string) => seen.current.set(url, 'queued');
}
