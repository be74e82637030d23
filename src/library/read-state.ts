// Whether the delegate has read a paper, and read it as it is now. Opening a paper records its
// current local revision (document_revisions.seq) as read; a sync that brings a new revision
// leaves that record alone, so the paper reads as "changed since read" until it is opened again.
// The delegate may also mark a paper read or unread by hand.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import type { ReadMark, ReadState } from '../api/types';

/**
 * The mark of a paper from the revision last read and its current one. Local seq revisions only
 * grow, so a read revision below the current one means the paper changed since.
 */
export function readMarkOf(readRevision: number | null | undefined, currentRevision: number): ReadMark {
  if (readRevision == null) return 'unread';
  return readRevision >= currentRevision ? 'read' : 'changed';
}

/**
 * The same rule in SQL, for counts over many papers at once: `read` is the read_state row's alias
 * (LEFT JOINed), `doc` the documents row's.
 */
export function readMarkSql(read: string, doc: string): string {
  return `CASE WHEN ${read}.revision IS NULL THEN 'unread' WHEN ${read}.revision >= ${doc}.current_revision THEN 'read' ELSE 'changed' END`;
}

function currentRevision(db: Store, id: string): number {
  const revision = db.prepare('SELECT current_revision FROM documents WHERE id = ?').pluck().get(id) as number | undefined;
  if (revision === undefined) throw new DeskError('not_found', `there is no document with id "${id}"`);
  return revision;
}

export function readState(db: Store, id: string): ReadState {
  const current = currentRevision(db, id);
  const row = db.prepare('SELECT revision, read_at AS readAt FROM read_state WHERE document_id = ?').get(id) as
    | { revision: number; readAt: string }
    | undefined;
  return {
    documentId: id,
    revision: row?.revision ?? null,
    readAt: row?.readAt ?? null,
    readMark: readMarkOf(row?.revision, current),
  };
}

/** Marks the paper's current revision read, or forgets that it was ever read. */
export function markRead(db: Store, id: string, read: boolean, now: Date = new Date()): ReadState {
  const current = currentRevision(db, id);
  if (read) {
    db.prepare(
      `INSERT INTO read_state (document_id, revision, read_at) VALUES (?, ?, ?)
       ON CONFLICT (document_id) DO UPDATE SET revision = excluded.revision, read_at = excluded.read_at`,
    ).run(id, current, now.toISOString());
  } else {
    db.prepare('DELETE FROM read_state WHERE document_id = ?').run(id);
  }
  return readState(db, id);
}
