// The saved position of one agenda item, read from its meeting's list of positions: one call
// per meeting page however long the agenda, shared by every item card (React Query keeps one
// copy under the same key as useCall's).
import { useQuery } from '@tanstack/react-query';
import type { PositionOverviewRow, PositionRecord } from '../../api/types';
import { callApi, type DeskCallError } from '../api/hooks';

export function useItemPosition(meetingId: string, agendaItemId: string) {
  return useQuery<PositionOverviewRow[], DeskCallError, PositionRecord | null>({
    queryKey: ['positions.list', { meetingId }],
    queryFn: () => callApi('positions.list', { meetingId }),
    select: (rows) => rows.find((row) => row.position.agendaItemId === agendaItemId)?.position ?? null,
  });
}
