// A position's draft: the editor's fields as the delegate left them, not saved yet, and the saved
// version they started from (so that saving the draft later is still checked against changes made
// elsewhere meanwhile). Kept a moment after each change, and removed once saved or discarded, by
// the editor that writes it (src/renderer/positions/use-position-draft.ts): a save from another
// window leaves it, since it is not what that window saved.
import type { Store } from '../store/open';
import { positionFields } from '../local-records/records';
import { saveTime, type Clock } from '../local-records/clock';
import type { PositionContent } from './positions';
import { requireAgendaItem } from './agenda-item';

export interface PositionDraft {
  agendaItemId: string;
  fields: PositionContent;
  /** The updatedAt of the saved position the draft started from; null when there was none. */
  baseUpdatedAt: string | null;
  updatedAt: string;
}

export function keepPositionDraft(
  db: Store,
  input: { agendaItemId: string; fields: PositionContent; baseUpdatedAt: string | null },
  clock: Clock = {},
): null {
  requireAgendaItem(db, input.agendaItemId);
  db.prepare(
    `INSERT INTO position_drafts (agenda_item_id, fields, base_updated_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (agenda_item_id) DO UPDATE SET fields = excluded.fields, base_updated_at = excluded.base_updated_at,
       updated_at = excluded.updated_at`,
  ).run(input.agendaItemId, JSON.stringify(input.fields), input.baseUpdatedAt, saveTime(clock));
  return null;
}

/** The draft, or null; a row that no longer reads as a position's fields is no draft. */
export function readPositionDraft(db: Store, agendaItemId: string): PositionDraft | null {
  const row = db
    .prepare('SELECT fields, base_updated_at AS baseUpdatedAt, updated_at AS updatedAt FROM position_drafts WHERE agenda_item_id = ?')
    .get(agendaItemId) as { fields: string; baseUpdatedAt: string | null; updatedAt: string } | undefined;
  if (!row) return null;
  let fields: unknown;
  try {
    fields = JSON.parse(row.fields);
  } catch {
    return null;
  }
  const parsed = positionFields.safeParse(fields);
  return parsed.success ? { agendaItemId, fields: parsed.data, baseUpdatedAt: row.baseUpdatedAt, updatedAt: row.updatedAt } : null;
}

export function dropPositionDraft(db: Store, agendaItemId: string): null {
  db.prepare('DELETE FROM position_drafts WHERE agenda_item_id = ?').run(agendaItemId);
  return null;
}
