// The tour de table of one agenda item, and recording it as it happens: each click shows at
// once (a delegate filling thirty rows during a meeting cannot wait for each), is saved at once,
// and is put back with a notice if the save fails.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Stance, StatementRecord, TourDeTable } from '../../api/types';
import { callApi, type DeskCallError } from '../api/hooks';
import { notify } from '../sync/notify';
import { speakerName } from './speakers';
import { withoutStatement, withPrevious, withStatement } from './tour-state';

type Said = { speaker: string; stance: Stance; comment: string };
/** Either a statement to record, or a speaker to clear. */
type Change = ({ kind: 'record' } & Said) | { kind: 'remove'; speaker: string };

export function useTourDeTable(agendaItemId: string) {
  const client = useQueryClient();
  const key = ['tourDeTable.get', { agendaItemId }];
  const query = useQuery<TourDeTable, DeskCallError>({ queryKey: key, queryFn: () => callApi('tourDeTable.get', { agendaItemId }) });

  const change = useMutation<unknown, DeskCallError, Change, { previous: StatementRecord | undefined }>({
    mutationKey: ['tourDeTable.change', agendaItemId],
    mutationFn: (c) =>
      c.kind === 'record'
        ? callApi('tourDeTable.record', { agendaItemId, speaker: c.speaker, stance: c.stance, comment: c.comment })
        : callApi('tourDeTable.remove', { agendaItemId, speaker: c.speaker }),
    onMutate: async (c) => {
      // A read on its way back must not overwrite what the delegate just clicked.
      await client.cancelQueries({ queryKey: key });
      const table = client.getQueryData<TourDeTable>(key);
      const previous = table?.statements.find((s) => s.speaker === c.speaker);
      client.setQueryData<TourDeTable>(key, (t) => t && (c.kind === 'record' ? withStatement(t, c) : withoutStatement(t, c.speaker)));
      return { previous };
    },
    onError: (error, c, context) => {
      client.setQueryData<TourDeTable>(key, (t) => t && withPrevious(t, c.speaker, context?.previous));
      notify({
        title: `${speakerName(c.speaker)}: not saved`,
        message: `${error.message} The row is back as it was.`,
        failed: true,
      });
    },
    onSettled: () => {
      // Read the tour again (and its summary) once the last of a quick series of clicks is saved,
      // so an early answer does not flicker the later clicks away.
      if (client.isMutating({ mutationKey: ['tourDeTable.change', agendaItemId] }) === 1) {
        void client.invalidateQueries({ queryKey: key });
        void client.invalidateQueries({ queryKey: ['search'] });
        // This item may be "last time" for a later meeting's item on the same papers.
        void client.invalidateQueries({ queryKey: ['tourDeTable.earlier'] });
      }
    },
  });

  return {
    query,
    // Failures are shown by onError; the caller has nothing to wait for.
    record: (said: Said, onSaved?: () => void) => change.mutate({ kind: 'record', ...said }, { onSuccess: onSaved }),
    remove: (speaker: string, onSaved?: () => void) => change.mutate({ kind: 'remove', speaker }, { onSuccess: onSaved }),
  };
}
