// The delegate's first screen: the next meetings and how ready their papers are, what the last
// syncs brought, and how the last sync went.
import type { Store } from '../store/open';
import { listSyncRuns } from '../sync/sync-log';
import { listChangedDocuments } from '../library/documents';
import type { Dashboard } from '../api/types';
import { listMeetings } from '../meetings/meetings';
import { preparationOf } from '../meetings/preparation';

const NEXT_MEETINGS = 5;
const CHANGED_DOCUMENTS = 12;

export function dashboard(db: Store, now: Date = new Date()): Dashboard {
  // A meeting stays "next" until the day after it started, so today's meeting is on top.
  const since = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const upcoming = listMeetings(db).filter((m) => m.startsAt >= since && m.status !== 'cancelled').slice(0, NEXT_MEETINGS);
  const linked = db.prepare(
    `SELECT count(DISTINCT l.document_id) AS total, count(DISTINCT CASE WHEN d.id IS NULL THEN l.document_id END) AS unavailable
     FROM agenda_items i JOIN agenda_item_documents l ON l.agenda_item_id = i.id
     LEFT JOIN documents d ON d.id = l.document_id AND d.archived_at IS NULL
     WHERE i.meeting_id = ? AND i.archived_at IS NULL`,
  );
  const lastApplied = db
    .prepare("SELECT started_at FROM sync_runs WHERE outcome = 'applied' ORDER BY id DESC LIMIT 1")
    .pluck()
    .get() as string | undefined;
  const changed = lastApplied ? listChangedDocuments(db, lastApplied, CHANGED_DOCUMENTS) : [];
  const preparation = preparationOf(db, upcoming.map((m) => m.id));
  return {
    nextMeetings: upcoming.map((meeting) => {
      const { total, unavailable } = linked.get(meeting.id) as { total: number; unavailable: number };
      return { meeting, documents: total - unavailable, unavailableDocuments: unavailable, state: preparation.get(meeting.id)! };
    }),
    changedDocuments: changed,
    lastSync: listSyncRuns(db, 1)[0] ?? null,
    counts: {
      documents: db.prepare('SELECT count(*) FROM documents WHERE archived_at IS NULL').pluck().get() as number,
      meetings: db.prepare('SELECT count(*) FROM meetings WHERE archived_at IS NULL').pluck().get() as number,
      contacts: db.prepare('SELECT count(*) FROM contacts WHERE archived_at IS NULL').pluck().get() as number,
    },
  };
}
