// How far the delegate's preparation of a meeting is: its agenda items with a national position
// (and approved ones), and its papers not yet read or changed since read. Worked out for many
// meetings in one query, so a dashboard or a list never asks once per meeting.
import type { Store } from '../store/open';
import type { PreparationState } from '../api/types';
import { readMarkSql } from '../library/read-state';

const EMPTY: PreparationState = { items: 0, withPosition: 0, approved: 0, unreadDocuments: 0, changedDocuments: 0 };

/**
 * Archived agenda items (taken off the agenda by the feed) and archived or unpublished papers do
 * not count: there is nothing to prepare for them. A paper linked from two items counts once.
 * A deleted position counts as none.
 */
const PREPARATION = `
  WITH wanted(id) AS (SELECT DISTINCT value FROM json_each(:ids)),
  items AS (
    SELECT i.id, i.meeting_id, coalesce(p.status, 'none') AS status
    -- CROSS JOIN: the meetings asked for lead, each agenda found by its index. Left to choose,
    -- SQLite read every agenda item of the store (30,000 items: 66 ms for one meeting).
    FROM wanted w CROSS JOIN agenda_items i ON i.meeting_id = w.id
    LEFT JOIN positions p ON p.agenda_item_id = i.id AND p.deleted_at IS NULL
    WHERE i.archived_at IS NULL
  ),
  item_counts AS (
    SELECT meeting_id, count(*) AS items, sum(status <> 'none') AS withPosition, sum(status = 'approved') AS approved
    FROM items GROUP BY meeting_id
  ),
  papers AS (
    SELECT DISTINCT i.meeting_id, d.id, ${readMarkSql('rs', 'd')} AS mark
    FROM items i JOIN agenda_item_documents l ON l.agenda_item_id = i.id
    JOIN documents d ON d.id = l.document_id AND d.archived_at IS NULL
    LEFT JOIN read_state rs ON rs.document_id = d.id
  ),
  paper_counts AS (
    SELECT meeting_id, sum(mark = 'unread') AS unreadDocuments, sum(mark = 'changed') AS changedDocuments
    FROM papers GROUP BY meeting_id
  )
  SELECT w.id AS meetingId, coalesce(ic.items, 0) AS items, coalesce(ic.withPosition, 0) AS withPosition,
         coalesce(ic.approved, 0) AS approved, coalesce(pc.unreadDocuments, 0) AS unreadDocuments,
         coalesce(pc.changedDocuments, 0) AS changedDocuments
  FROM wanted w LEFT JOIN item_counts ic ON ic.meeting_id = w.id LEFT JOIN paper_counts pc ON pc.meeting_id = w.id`;

/** The preparation of each meeting asked for; a meeting the store does not hold reads as empty. */
export function preparationOf(db: Store, meetingIds: readonly string[]): Map<string, PreparationState> {
  const out = new Map<string, PreparationState>(meetingIds.map((id) => [id, EMPTY]));
  if (meetingIds.length === 0) return out;
  const rows = db.prepare(PREPARATION).all({ ids: JSON.stringify(meetingIds) }) as (PreparationState & { meetingId: string })[];
  for (const { meetingId, ...state } of rows) out.set(meetingId, state);
  return out;
}

export function meetingPreparation(db: Store, meetingId: string): PreparationState {
  return preparationOf(db, [meetingId]).get(meetingId) ?? EMPTY;
}
