// Every position across meetings, with the agenda item and meeting it is on, in agenda order.
// A position whose agenda item is not in the store (it came in a pack before the feed published
// the item) is listed too, marked unavailable and last: it waits for a sync.
import type { Store } from '../store/open';
import type { PositionOverviewRow } from '../api/types';
import type { PositionStatus } from '../local-records/records';
import { readRecords } from '../local-records/tables';

export interface PositionFilter {
  meetingId?: string;
  /** Only these statuses; none given (or an empty list) means every status. */
  statuses?: readonly PositionStatus[];
}

interface Placement {
  id: string;
  itemId: string | null;
  number: string | null;
  title: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  startsAt: string | null;
}

export function listPositions(db: Store, filter: PositionFilter = {}): PositionOverviewRow[] {
  const positions = new Map(readRecords(db, 'position').map((p) => [p.id, p]));
  // Agenda order: by meeting start, then the item's place on the agenda (its `order`, which
  // sorts "10" after "9" where the numbers as text would not), then its number.
  const placements = db
    .prepare(
      `SELECT p.id, i.id AS itemId, i.number, i.title, m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS startsAt
       FROM positions p
         LEFT JOIN agenda_items i ON i.id = p.agenda_item_id
         LEFT JOIN meetings m ON m.id = i.meeting_id
       WHERE p.deleted_at IS NULL
         AND (:meeting IS NULL OR i.meeting_id = :meeting)
         AND (:statuses IS NULL OR p.status IN (SELECT value FROM json_each(:statuses)))
       ORDER BY i.id IS NULL, m.starts_at, m.id, i.ord, i.number, p.agenda_item_id`,
    )
    .all({
      meeting: filter.meetingId ?? null,
      statuses: filter.statuses && filter.statuses.length > 0 ? JSON.stringify(filter.statuses) : null,
    }) as Placement[];
  return placements.map((r) => {
    const position = positions.get(r.id)!;
    return {
      position,
      item: { id: position.agendaItemId, number: r.number, title: r.title, available: r.itemId !== null },
      meeting: r.meetingId === null ? null : { id: r.meetingId, title: r.meetingTitle!, startsAt: r.startsAt! },
    };
  });
}
