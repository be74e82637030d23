// Positions carry over from one meeting to the next: the positions the delegate took on agenda
// items of earlier meetings that discussed the same papers, the latest meeting first, so a new
// position can start from the last one rather than from a blank page. A paper is what ties two
// items together: the feed names the papers of each item, and the same title at two meetings may
// be two different questions.
import type { EarlierPosition } from '../api/types';
import type { Store } from '../store/open';
import { getPosition } from './positions';
import { requireAgendaItem } from './agenda-item';

export type { EarlierPosition };

/** How many are offered: the latest meetings matter; older ones are in the positions overview. */
const MOST = 5;

const EARLIER_ITEMS = `
  WITH papers AS (SELECT DISTINCT document_id FROM agenda_item_documents WHERE agenda_item_id = :id),
  here AS (SELECT m.starts_at FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = :id)
  SELECT i.id AS agendaItemId, i.number, i.title, m.id AS meetingId, m.title AS meetingTitle, m.starts_at AS meetingStartsAt,
    count(DISTINCT d.document_id) AS sharedPapers
  FROM agenda_item_documents d
    JOIN papers USING (document_id)
    JOIN agenda_items i ON i.id = d.agenda_item_id
    JOIN meetings m ON m.id = i.meeting_id
    JOIN positions p ON p.agenda_item_id = i.id AND p.deleted_at IS NULL
  WHERE i.id <> :id AND m.starts_at < (SELECT starts_at FROM here)
    AND (p.line_to_take <> '' OR p.speaking_points_text <> '' OR p.red_lines <> '' OR p.fallback <> '' OR p.background <> '')
  GROUP BY i.id
  ORDER BY m.starts_at DESC, i.ord
  LIMIT :most`;

/** The positions on earlier meetings' items that share a paper with this one; only those with something written. */
export function earlierPositions(db: Store, agendaItemId: string): EarlierPosition[] {
  requireAgendaItem(db, agendaItemId);
  const items = db.prepare(EARLIER_ITEMS).all({ id: agendaItemId, most: MOST }) as Omit<EarlierPosition, 'position'>[];
  return items.flatMap((item) => {
    const position = getPosition(db, item.agendaItemId);
    return position ? [{ ...item, position }] : [];
  });
}
