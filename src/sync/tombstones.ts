// Applies the feed's tombstones, the only way a sync removes anything. A record that the
// delegate's own data points at (an annotation, a position, a tour-de-table statement, a note) is archived instead: hidden
// from the default lists, still reachable, its local data intact.
import type { Store } from '../store/open';
import type { TombstoneType } from '../feed/format';
import { KIND_OF_TYPE as TABLE, type TombstoneRecord } from '../feed/records';
import type { SyncCounts } from './counts';

/** SQL that is true when local data points at the record `?` (bound twice at most). */
const LOCAL_DATA: Record<TombstoneType, string | null> = {
  document: `EXISTS (SELECT 1 FROM annotations WHERE document_id = :id)
          OR EXISTS (SELECT 1 FROM notes WHERE subject_type = 'document' AND subject_id = :id)`,
  agenda_item: `EXISTS (SELECT 1 FROM positions WHERE agenda_item_id = :id)
             OR EXISTS (SELECT 1 FROM statements WHERE agenda_item_id = :id)
             OR EXISTS (SELECT 1 FROM notes WHERE subject_type = 'agenda_item' AND subject_id = :id)`,
  meeting: `EXISTS (SELECT 1 FROM notes WHERE subject_type = 'meeting' AND subject_id = :id)
         OR EXISTS (SELECT 1 FROM agenda_items i WHERE i.meeting_id = :id AND (
              EXISTS (SELECT 1 FROM positions p WHERE p.agenda_item_id = i.id)
              OR EXISTS (SELECT 1 FROM statements s WHERE s.agenda_item_id = i.id)
              OR EXISTS (SELECT 1 FROM notes n WHERE n.subject_type = 'agenda_item' AND n.subject_id = i.id)))`,
  contact: `EXISTS (SELECT 1 FROM notes WHERE subject_type = 'contact' AND subject_id = :id)`,
  work_stream: null,
};

export function applyTombstones(db: Store, tombstones: TombstoneRecord[], counts: SyncCounts, now: string): void {
  for (const t of tombstones) {
    const table = TABLE[t.type];
    const row = db.prepare(`SELECT archived_at AS archived FROM ${table} WHERE id = ?`).get(t.id) as
      | { archived: string | null }
      | undefined;
    if (!row) continue;
    const local = LOCAL_DATA[t.type];
    const keep = local !== null && db.prepare(`SELECT ${local}`).pluck().get({ id: t.id }) === 1;
    if (!keep) {
      // Cascades take a meeting's agenda items and a document's revisions and attachments.
      db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(t.id);
      counts[table].deleted++;
      continue;
    }
    if (row.archived !== null) continue;
    db.prepare(`UPDATE ${table} SET archived_at = ?, changed_at = ? WHERE id = ?`).run(now, now, t.id);
    if (t.type === 'meeting') {
      db.prepare('UPDATE agenda_items SET archived_at = ?, changed_at = ? WHERE meeting_id = ? AND archived_at IS NULL').run(now, now, t.id);
    }
    counts[table].archived++;
  }
}
