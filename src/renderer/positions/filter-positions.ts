// The positions overview's order and filters. All positions are read once (a delegate has
// hundreds at most), so switching filters is instant and each status chip can say how many
// positions it would show.
import type { PositionOverviewRow, PositionStatus } from '../../api/types';
import { isUpcoming } from '../meetings/meeting-time';

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

/**
 * The order a delegate works in: the meetings to come first, the soonest at the top, then the past
 * ones, the latest first, each meeting's positions in agenda order (as the core gives them:
 * meetings by date, items in agenda order), the positions still waiting for their item last.
 * Years of positions otherwise began with the oldest meeting's.
 */
export function inWorkingOrder(rows: PositionOverviewRow[], now: Date = new Date()): PositionOverviewRow[] {
  const meetings = new Map<string, PositionOverviewRow[]>();
  const waiting: PositionOverviewRow[] = [];
  for (const row of rows) {
    if (!row.meeting) {
      waiting.push(row);
      continue;
    }
    const group = meetings.get(row.meeting.id);
    if (group) group.push(row);
    else meetings.set(row.meeting.id, [row]);
  }
  const groups = [...meetings.values()];
  const upcoming = groups.filter((group) => isUpcoming(group[0]!.meeting!.startsAt, now));
  const past = groups.filter((group) => !isUpcoming(group[0]!.meeting!.startsAt, now)).reverse();
  return [...upcoming.flat(), ...past.flat(), ...waiting];
}
