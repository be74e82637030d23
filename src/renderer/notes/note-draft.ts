// A note being written is kept while the window is open, per meeting or contact, so closing the
// contact's drawer (Escape, a click beside it) or leaving the meeting's page and coming back finds
// the text where it was. Kept in memory here, and closing the window with a draft asks first; the
// panel also keeps it in the store against a crash (shell/kept-writing.ts).
import { useSyncExternalStore } from 'react';
import type { NoteSubject } from '../../api/types';
import { holdWindowWhile } from '../shell/unsaved-work';

const drafts = new Map<string, string>();
// Not saved yet: closing the window asks first.
holdWindowWhile(() => [...drafts.values()].some((body) => body.trim() !== ''));

// The panels showing a subject's box hear of every change to it, from themselves or from a note
// put back (putBackNoteDraft).
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const keyOf = (subjectType: NoteSubject, subjectId: string) => `${subjectType}\0${subjectId}`;

function write(key: string, body: string): void {
  if (body) drafts.set(key, body);
  else drafts.delete(key);
  for (const listener of listeners) listener();
}

export function useNoteDraft(subjectType: NoteSubject, subjectId: string): [string, (body: string) => void] {
  const key = keyOf(subjectType, subjectId);
  const body = useSyncExternalStore(subscribe, () => drafts.get(key) ?? '');
  return [body, (next: string) => write(key, next)];
}

/**
 * Puts a note kept from a window that went down back in its box (recovery/recovered-writing.tsx),
 * after whatever is being written there now, so nothing typed in this window is replaced.
 */
export function putBackNoteDraft(subjectType: NoteSubject, subjectId: string, body: string): void {
  const key = keyOf(subjectType, subjectId);
  const current = drafts.get(key)?.trim();
  write(key, current ? `${current}\n\n${body}` : body);
}
