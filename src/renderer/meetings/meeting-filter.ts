// Which meetings the list shows: upcoming or past, of which kinds and statuses.
import type { MeetingSummary } from '../../api/types';
import { isUpcoming, startsAtTime } from './meeting-time';

export type MeetingTense = 'upcoming' | 'past';

export interface MeetingFilter {
  tense: MeetingTense;
  /** Empty means every kind. */
  kinds: string[];
  /** Empty means every status. */
  statuses: string[];
  includeArchived: boolean;
}

export const NO_FILTER: MeetingFilter = { tense: 'upcoming', kinds: [], statuses: [], includeArchived: false };

export function isNarrowed(filter: MeetingFilter): boolean {
  return filter.kinds.length > 0 || filter.statuses.length > 0;
}

/** Upcoming soonest first; past most recent first, as a delegate looks back. */
export function splitByTense(meetings: MeetingSummary[], now: Date = new Date()): Record<MeetingTense, MeetingSummary[]> {
  const byStart = [...meetings].sort((a, b) => startsAtTime(a.startsAt) - startsAtTime(b.startsAt) || a.title.localeCompare(b.title));
  return {
    upcoming: byStart.filter((m) => isUpcoming(m.startsAt, now)),
    past: byStart.filter((m) => !isUpcoming(m.startsAt, now)).reverse(),
  };
}

export function matchesFilter(meeting: MeetingSummary, filter: MeetingFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(meeting.kind)) return false;
  // A meeting without a status has announced nothing else, so "planned" finds it.
  if (filter.statuses.length > 0 && !filter.statuses.includes(meeting.status ?? 'planned')) return false;
  return true;
}
