// Saving and restoring a position, and what must be shown again afterwards: the position itself,
// its history, the overview, the meeting's preparation (meeting page, meetings list, dashboard)
// that counts approved positions, and the earlier positions other items' editors offer to start
// from; search indexes the line to take too.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CallInput, CallName } from '../../api/contract';
import type { PositionRecord } from '../../api/types';
import { callApi, type DeskCallError } from '../api/hooks';

const SHOWN_AFTER_A_SAVE: CallName[] = [
  'positions.get',
  'positions.versions',
  'positions.list',
  'positions.earlier',
  'meetings.get',
  'meetings.list',
  'dashboard.get',
  'search',
];

function refreshAfterSave(client: QueryClient, saved: PositionRecord) {
  // The editor and the card read the new record at once, without waiting for a round trip.
  client.setQueryData(['positions.get', { agendaItemId: saved.agendaItemId }], saved);
  // Not awaited: the save is done; the views catch up as their queries come back.
  for (const name of SHOWN_AFTER_A_SAVE) void client.invalidateQueries({ queryKey: [name] });
}

export function useSavePosition() {
  const client = useQueryClient();
  return useMutation<PositionRecord, DeskCallError, CallInput<'positions.save'>>({
    mutationFn: (input) => callApi('positions.save', input),
    onSuccess: (saved) => refreshAfterSave(client, saved),
  });
}

export function useRestorePosition() {
  const client = useQueryClient();
  return useMutation<PositionRecord, DeskCallError, CallInput<'positions.restore'>>({
    mutationFn: (input) => callApi('positions.restore', input),
    onSuccess: (restored) => refreshAfterSave(client, restored),
  });
}
