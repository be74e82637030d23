// Where the background downloads stand, in a sentence: how many files are still to come and how
// far the batch is, and how many PDFs are still being read for search.
import type { AttachmentCopy, DownloadsStatus } from '../../api/types';
import { formatBytes } from '../shell/format';

const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

/** "3 files to download (12.4 MB of 40.0 MB)"; '' when nothing is waiting. */
export function describeQueue(status: DownloadsStatus): string {
  if (status.pending === 0) return '';
  const amount = status.bytesTotal > 0 ? ` (${formatBytes(status.bytesReceived)} of ${formatBytes(status.bytesTotal)})` : '';
  return `${files(status.pending)} to download${amount}`;
}

/** How far the whole batch is, 0 to 99; null when its size is not known. */
export function batchPercent(status: DownloadsStatus): number | null {
  if (status.bytesTotal <= 0) return null;
  return Math.min(99, Math.max(0, Math.floor((status.bytesReceived / status.bytesTotal) * 100)));
}

/** "2 PDFs being read for search"; '' when none is. */
export function describeExtracting(status: DownloadsStatus): string {
  const n = status.extracting;
  return n === 0 ? '' : `${n} ${n === 1 ? 'PDF' : 'PDFs'} being read for search`;
}

/** Something is moving: the view polls quickly while it is. */
export function isBusy(status: DownloadsStatus | undefined): boolean {
  return !!status && (status.pending > 0 || status.extracting > 0);
}

/**
 * The files that could not be downloaded, grouped by why, the largest group first: a delegate
 * offline for a day sees one reason for 245 files, not 245 times the same red sentence.
 */
export function groupFailures(copies: readonly AttachmentCopy[]): AttachmentCopy[][] {
  const groups = new Map<string, AttachmentCopy[]>();
  for (const copy of copies) {
    if (copy.state !== 'failed') continue;
    const reason = copy.error?.trim() ?? '';
    const group = groups.get(reason);
    if (group) group.push(copy);
    else groups.set(reason, [copy]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}
