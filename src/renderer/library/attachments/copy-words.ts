// Where the local copy of an attachment stands, in the delegate's words: one label and colour per
// state that mean the same on a paper and in the Sync view, how far a download is, and why a
// file is not on this device (with when the desk tries again), never a bare code.
import type { AttachmentCopy, CopyState } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../shell/format';
import { fileName } from '../document-labels';

type CopyProgress = Pick<AttachmentCopy, 'state' | 'bytesReceived' | 'bytesTotal' | 'sizeInBytes'>;

const STATES: Record<CopyState, { label: string; color: string }> = {
  absent: { label: 'Not downloaded', color: 'gray' },
  queued: { label: 'Waiting', color: 'blue' },
  downloading: { label: 'Downloading', color: 'blue' },
  stored: { label: 'Available offline', color: 'teal' },
  failed: { label: 'Download failed', color: 'red' },
  removed: { label: 'Removed from this device', color: 'gray' },
};

/** What the delegate calls the file: its title, else the last part of its address. */
export function attachmentName(a: Pick<AttachmentCopy, 'title' | 'url'>): string {
  return a.title ?? fileName(a.url);
}

/** A download still to finish: the views poll while one is there. */
export function isPending(copy: Pick<AttachmentCopy, 'state'>): boolean {
  return copy.state === 'queued' || copy.state === 'downloading';
}

/** A download to finish, or a stored PDF still being read for search: its row will change soon. */
export function isChanging(copy: Pick<AttachmentCopy, 'state' | 'text'>): boolean {
  return isPending(copy) || copy.text?.status === 'pending';
}

/**
 * How far a download is, 0 to 99, or null when its size is not known yet. It never says 100
 * before the file is checked and stored: the badge turns to "Available offline" for that.
 */
export function downloadPercent(copy: CopyProgress): number | null {
  const total = copy.bytesTotal ?? copy.sizeInBytes;
  if (!total || total <= 0) return null;
  return Math.min(99, Math.max(0, Math.floor((copy.bytesReceived / total) * 100)));
}

/** "Downloading 42 %", "Available offline"… */
export function copyBadge(copy: CopyProgress): { label: string; color: string } {
  const state = STATES[copy.state];
  if (copy.state !== 'downloading') return state;
  const percent = downloadPercent(copy);
  return { ...state, label: percent === null ? state.label : `${state.label} ${percent} %` };
}

/**
 * Why a file is not on this device, and what happens next: "Download failed: the file received
 * does not match the one the publisher listed. The desk tries again in 10 minutes (28 Nov 2026,
 * 03:10)." null unless the last attempt failed.
 */
export function failureSentence(copy: Pick<AttachmentCopy, 'state' | 'error' | 'nextAttemptAt'>, now: Date): string | null {
  const reason = failureReason(copy, now);
  return reason === null ? null : `Download failed: ${reason}`;
}

/** Why it failed and what happens next, as it reads after a colon ("the server…. It is not…"). */
export function failureReason(copy: Pick<AttachmentCopy, 'state' | 'error' | 'nextAttemptAt'>, now: Date): string | null {
  if (copy.state !== 'failed') return null;
  const reason = copy.error?.trim().replace(/[.\s]+$/, '') || 'the reason was not recorded';
  return `${lowerFirst(reason)}. ${nextAttempt(copy.nextAttemptAt, now)}`;
}

function nextAttempt(at: string | null, now: Date): string {
  if (!at) return 'It is not tried again by itself: use "Download now".';
  const wait = new Date(at).getTime() - now.getTime();
  if (!(wait > 0)) return 'The desk tries again shortly.';
  // formatRelative says "just now" under a minute, which reads wrong for a time to come.
  const when = wait < 60_000 ? 'in a moment' : formatRelative(at, now);
  return `The desk tries again ${when} (${formatDateTime(at)}).`;
}

// The core's reasons are whole sentences ("The file received…"); after a colon they read on.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
