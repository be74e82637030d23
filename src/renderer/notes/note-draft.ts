// A note being written is kept while the window is open, per meeting or contact, so closing the
// contact's drawer (Escape, a click beside it) or leaving the meeting's page and coming back finds
// the text where it was. Kept in memory only, like any unsaved text: not written anywhere, and
// closing the window with a draft asks first.
import { useState } from 'react';
import type { NoteSubject } from '../../api/types';
import { holdWindowWhile } from '../shell/unsaved-work';

const drafts = new Map<string, string>();
// Not saved yet: closing the window asks first.
holdWindowWhile(() => [...drafts.values()].some((body) => body.trim() !== ''));

export function useNoteDraft(subjectType: NoteSubject, subjectId: string): [string, (body: string) => void] {
  const key = `${subjectType}\0${subjectId}`;
  // Which subject the text on screen belongs to: the same panel may be shown for another meeting.
  const [shown, setShown] = useState({ key, body: drafts.get(key) ?? '' });
  const keep = (next: string) => {
    if (next) drafts.set(key, next);
    else drafts.delete(key);
    setShown({ key, body: next });
  };
  return [shown.key === key ? shown.body : (drafts.get(key) ?? ''), keep];
}
