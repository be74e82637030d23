// Keeps what the delegate is writing in a position in the store a moment after each change
// (positions/drafts.ts), so a crash, a killed app or a window closed over it loses nothing; the
// editor offers it again when it next opens. Once the form says what is saved (after a save, or
// going back to the saved text), or the delegate discards, the draft is removed. The schedule is
// the one all kept writing shares (shell/kept-writing.ts).
import { callApi } from '../api/hooks';
import { useKeepWhileUnsaved } from '../shell/kept-writing';
import { fieldsOf, type PositionForm } from './position-form';

export function usePositionDraft(agendaItemId: string, form: PositionForm, dirty: boolean, baseUpdatedAt: string | null, hadDraft: boolean) {
  return useKeepWhileUnsaved(
    dirty,
    [agendaItemId, form, baseUpdatedAt],
    {
      keep: () => callApi('positions.keepDraft', { agendaItemId, fields: fieldsOf(form), baseUpdatedAt }),
      drop: () => callApi('positions.dropDraft', { agendaItemId }),
    },
    { alreadyKept: hadDraft },
  );
}
