// What carries over from one meeting to the next, found through the papers: the agenda items of
// earlier meetings that discussed some of the same papers as this one, and on them the delegate's
// positions (to start a new one from) and what each speaker said (to know where they stood last
// time). A paper is what ties two items together: the feed names the papers of each item, and the
// same title at two meetings may be two different questions.
import type { EarlierPosition, EarlierStatement } from '../api/types';
import type { Store } from '../store/open';
import { getPosition } from '../positions/positions';
import { requireAgendaItem } from '../positions/agenda-item';

export type { EarlierPosition, EarlierStatement };

/** How many positions are offered: the latest meetings matter; older ones are in the positions overview. */
const MOST = 5;

/** The items of earlier meetings sharing a paper with item :id, with the number of papers shared. */
const EARLIER_ITEMS = `
  papers AS (SELECT DISTINCT document_id FROM agenda_item_documents WHERE agenda_item_id = :id),
  here AS (SELECT m.starts_at FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = :id),
  earlier AS (
    SELECT i.id, i.number, i.title, i.ord, m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS meetingStartsAt,
      count(DISTINCT d.document_id) AS sharedPapers
    FROM agenda_item_documents d
      JOIN papers USING (document_id)
      JOIN agenda_items i ON i.id = d.agenda_item_id
      JOIN meetings m ON m.id = i.meeting_id
    WHERE i.id <> :id AND m.starts_at < (SELECT starts_at FROM here)
    GROUP BY i.id
  )`;

const POSITIONS_ON_EARLIER_ITEMS = `
  WITH ${EARLIER_ITEMS}
  SELECT e.id AS agendaItemId, e.number, e.title, e.meetingId, e.meetingTitle, e.meetingStartsAt, e.sharedPapers
  FROM earlier e JOIN positions p ON p.agenda_item_id = e.id AND p.deleted_at IS NULL
  WHERE p.line_to_take <> '' OR p.speaking_points_text <> '' OR p.red_lines <> '' OR p.fallback <> '' OR p.background <> ''
  ORDER BY e.meetingStartsAt DESC, e.ord
  LIMIT :most`;

// Every statement on those items, the latest meeting first: the first of each speaker is the one kept.
const STATEMENTS_ON_EARLIER_ITEMS = `
  WITH ${EARLIER_ITEMS}
  SELECT s.speaker, s.stance, s.comment, e.id AS agendaItemId, e.number, e.meetingTitle, e.meetingStartsAt
  FROM earlier e JOIN statements s ON s.agenda_item_id = e.id AND s.deleted_at IS NULL
  ORDER BY e.meetingStartsAt DESC, e.ord`;

/** The positions on earlier meetings' items that share a paper with this one; only those with something written. */
export function earlierPositions(db: Store, agendaItemId: string): EarlierPosition[] {
  requireAgendaItem(db, agendaItemId);
  const items = db.prepare(POSITIONS_ON_EARLIER_ITEMS).all({ id: agendaItemId, most: MOST }) as Omit<EarlierPosition, 'position'>[];
  return items.flatMap((item) => {
    const position = getPosition(db, item.agendaItemId);
    return position ? [{ ...item, position }] : [];
  });
}

/** For each speaker, what they said on the latest earlier item that shares a paper with this one. */
export function earlierStatements(db: Store, agendaItemId: string): EarlierStatement[] {
  requireAgendaItem(db, agendaItemId);
  const latest = new Map<string, EarlierStatement>();
  for (const row of db.prepare(STATEMENTS_ON_EARLIER_ITEMS).all({ id: agendaItemId }) as EarlierStatement[]) {
    if (!latest.has(row.speaker)) latest.set(row.speaker, row);
  }
  return [...latest.values()];
}
