// The positions overview's filters (the order is the core's: meetings by date, items in agenda
// order, waiting positions last). All positions are read once (a delegate has
// hundreds at most), so switching filters is instant and each status chip can say how many
// positions it would show.
import type { PositionOverviewRow, PositionStatus } from '../../api/types';

export interface PositionFilter {
  statuses: PositionStatus[];
  meetingId: string | null;
}

export const NO_POSITION_FILTER: PositionFilter = { statuses: [], meetingId: null };

export const isFilteringPositions = (filter: PositionFilter) => filter.statuses.length > 0 || filter.meetingId !== null;

const byMeeting = (row: PositionOverviewRow, meetingId: string | null) => meetingId === null || row.meeting?.id === meetingId;

export function filterPositions(rows: PositionOverviewRow[], filter: PositionFilter): PositionOverviewRow[] {
  return rows.filter(
    (row) => byMeeting(row, filter.meetingId) && (filter.statuses.length === 0 || filter.statuses.includes(row.position.status)),
  );
}

/** How many positions each status would show with the meeting filter as it is. */
export function countByStatus(rows: PositionOverviewRow[], meetingId: string | null): Record<PositionStatus, number> {
  const counts: Record<PositionStatus, number> = { none: 0, draft: 0, in_coordination: 0, approved: 0 };
  for (const row of rows) if (byMeeting(row, meetingId)) counts[row.position.status] += 1;
  return counts;
}
