// Free notes on a meeting, an agenda item, a paper or a contact ("talk to the CERT-FR lead in the
// margins"). A delete is kept as a tombstone, so it can be undone and a pack imported later
// cannot bring the note back.
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open';
import { saveTime, type Clock } from '../local-records/clock';
import { DeskError } from '../desk-error';
import type { NoteRecord, NoteSubject } from '../local-records/records';
import { readRecord, readRecords, writeRecord } from '../local-records/tables';
import { inWriteTransaction } from '../store/transactions';

export interface NoteSave {
  /** Left out: a new note. */
  id?: string;
  subjectType: NoteSubject;
  subjectId: string;
  body: string;
}

/** When a change happens; tests pass their own clock. */
const SUBJECT_TABLES: Record<NoteSubject, { table: string; name: string }> = {
  meeting: { table: 'meetings', name: 'meeting' },
  agenda_item: { table: 'agenda_items', name: 'agenda item' },
  document: { table: 'documents', name: 'paper' },
  contact: { table: 'contacts', name: 'contact' },
};

/** The notes on one subject, newest first (by when written: editing a note does not move it). */
export function listNotes(db: Store, subjectType: NoteSubject, subjectId: string): NoteRecord[] {
  return readRecords(db, 'note', {
    where: 'r.subject_type = :type AND r.subject_id = :id',
    params: { type: subjectType, id: subjectId },
    orderBy: 'r.created_at DESC, r.key DESC',
  });
}

export function saveNote(db: Store, input: NoteSave, clock: Clock = {}): NoteRecord {
  return inWriteTransaction(db, () => {
    if (input.body.trim() === '') {
      throw new DeskError('rejected', input.id === undefined ? 'A note needs some text.' : 'A note needs some text. To remove it, delete it.');
    }
    if (input.id === undefined) {
      const now = saveTime(clock);
      requireSubject(db, input.subjectType, input.subjectId);
      return writeRecord(db, 'note', {
        id: randomUUID(), subjectType: input.subjectType, subjectId: input.subjectId, body: input.body,
        createdAt: now, updatedAt: now, deletedAt: null,
      });
    }
    const stored = existingNote(db, input.id);
    if (stored.subjectType !== input.subjectType || stored.subjectId !== input.subjectId) {
      throw new DeskError('rejected', 'this note belongs to another page; it was not saved');
    }
    if (stored.deletedAt !== null) throw new DeskError('rejected', 'this note was deleted; undo the delete to edit it');
    if (stored.body === input.body) return stored;
    return writeRecord(db, 'note', { ...stored, body: input.body, updatedAt: saveTime(clock, stored.updatedAt) });
  });
}

/** Deletes a note (kept as a tombstone, which undo restores). Deleting twice changes nothing. */
export function deleteNote(db: Store, id: string, clock: Clock = {}): NoteRecord {
  return inWriteTransaction(db, () => {
    const stored = existingNote(db, id);
    if (stored.deletedAt !== null) return stored;
    const now = saveTime(clock, stored.updatedAt);
    return writeRecord(db, 'note', { ...stored, updatedAt: now, deletedAt: now });
  });
}

/** Undoes a delete. A note that is not deleted stays as it is. */
export function restoreNote(db: Store, id: string, clock: Clock = {}): NoteRecord {
  return inWriteTransaction(db, () => {
    const stored = existingNote(db, id);
    if (stored.deletedAt === null) return stored;
    return writeRecord(db, 'note', { ...stored, updatedAt: saveTime(clock, stored.updatedAt), deletedAt: null });
  });
}

function existingNote(db: Store, id: string): NoteRecord {
  const stored = readRecord(db, 'note', id);
  if (!stored) throw new DeskError('not_found', `there is no note with id "${id}"`);
  return stored;
}

/** A new note is on something the delegate can see; one on an unknown id would never show. */
function requireSubject(db: Store, type: NoteSubject, id: string): void {
  const { table, name } = SUBJECT_TABLES[type];
  if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) {
    throw new DeskError('not_found', `there is no ${name} with id "${id}" in this store`);
  }
}
