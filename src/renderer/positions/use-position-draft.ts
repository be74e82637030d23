// Keeps what the delegate is writing in a position in the store a moment after each change
// (positions/drafts.ts), so a crash or a killed app loses at most that moment; the editor offers
// it again when it next opens. Once the form says what is saved (after a save, or going back to
// the saved text), or the delegate discards, the draft is removed. The calls go one after another,
// so a removal is never overtaken by a keep still on its way.
import { useEffect, useRef } from 'react';
import { callApi } from '../api/hooks';
import { fieldsOf, type PositionForm } from './position-form';

/** How long after the last keystroke the draft is written. */
const KEEP_AFTER_MS = 600;

export function usePositionDraft(agendaItemId: string, form: PositionForm, dirty: boolean, baseUpdatedAt: string | null, hadDraft: boolean) {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Whether the store may hold a draft of this position that the form no longer needs. */
  const held = useRef(hadDraft);
  const run = (call: () => Promise<unknown>) => {
    queue.current = queue.current.then(call).catch(() => undefined);
    return queue.current;
  };

  useEffect(() => {
    if (!dirty) {
      // Back to the saved text (or just saved): nothing to keep.
      if (held.current) {
        held.current = false;
        void run(() => callApi('positions.dropDraft', { agendaItemId }));
      }
      return;
    }
    const timer = setTimeout(() => {
      held.current = true;
      void run(() => callApi('positions.keepDraft', { agendaItemId, fields: fieldsOf(form), baseUpdatedAt }));
    }, KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [agendaItemId, form, dirty, baseUpdatedAt]);

  /** The delegate discards what they wrote: the draft goes too. */
  return {
    discard: () => {
      held.current = false;
      return run(() => callApi('positions.dropDraft', { agendaItemId }));
    },
  };
}
