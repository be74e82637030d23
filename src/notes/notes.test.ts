import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, contact, doc, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { listVersions } from '../local-records/versions';
import { search } from '../search/search';
import { deleteNote, listNotes, restoreNote, saveNote } from './notes';
import { refusal } from '../../tests/support/refusal';

let db: Store;
let time: number;
const clock = { now: () => new Date((time += 1000)) };

beforeEach(async () => {
  db = openStore(':memory:');
  time = Date.parse('2027-02-10T08:00:00.000Z');
  const feed = writeFeed(tempDir(), [
    page([doc('d1')], { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1')], contacts: [contact('cert-fr')] }),
  ]);
  expect((await syncSource(db, feed)).status).toBe('applied');
});
afterEach(() => db.close());

describe('notes', () => {
  it('are created on a meeting or a contact with a new id each, and listed by subject, newest first', () => {
    const first = saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'Bring the toolbox slides.' }, clock);
    const second = saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'Lunch with the BE delegate.' }, clock);
    const onContact = saveNote(db, { subjectType: 'contact', subjectId: 'cert-fr', body: 'Ask about the exercise in the margins.' }, clock);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set([first.id, second.id, onContact.id]).size).toBe(3);
    expect(first).toMatchObject({ subjectType: 'meeting', subjectId: 'm1', createdAt: '2027-02-10T08:00:01.000Z', updatedAt: '2027-02-10T08:00:01.000Z', deletedAt: null });
    expect(listNotes(db, 'meeting', 'm1').map((n) => n.body)).toEqual(['Lunch with the BE delegate.', 'Bring the toolbox slides.']);
    expect(listNotes(db, 'contact', 'cert-fr')).toEqual([onContact]);
    expect(listNotes(db, 'meeting', 'other')).toEqual([]);
  });

  it('may also be on an agenda item or a paper', () => {
    expect(saveNote(db, { subjectType: 'agenda_item', subjectId: 'a1', body: 'x' }, clock).subjectType).toBe('agenda_item');
    expect(saveNote(db, { subjectType: 'document', subjectId: 'd1', body: 'y' }, clock).subjectType).toBe('document');
  });

  it('are edited in place, without moving in the list; saving the same text keeps no new version', () => {
    const first = saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'Bring slides.' }, clock);
    saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'Later note.' }, clock);
    const edited = saveNote(db, { id: first.id, subjectType: 'meeting', subjectId: 'm1', body: 'Bring the printed slides.' }, clock);
    expect(edited).toMatchObject({ id: first.id, createdAt: first.createdAt, body: 'Bring the printed slides.' });
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    expect(saveNote(db, { id: first.id, subjectType: 'meeting', subjectId: 'm1', body: 'Bring the printed slides.' }, clock)).toEqual(edited);
    expect(listNotes(db, 'meeting', 'm1').map((n) => n.body)).toEqual(['Later note.', 'Bring the printed slides.']);
    expect(listVersions(db, 'note', first.id).map((v) => v.record.body)).toEqual(['Bring the printed slides.', 'Bring slides.']);
  });

  it('need some text', () => {
    const empty = refusal(() => saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: ' \n ' }, clock));
    expect(empty.kind).toBe('rejected');
    expect(empty.message).toBe('A note needs some text.');
    const note = saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'x' }, clock);
    expect(refusal(() => saveNote(db, { id: note.id, subjectType: 'meeting', subjectId: 'm1', body: '' }, clock)).message).toMatch(/^A note needs some text/);
    expect(listNotes(db, 'meeting', 'm1').map((n) => n.body)).toEqual(['x']);
  });

  it('are refused on a subject not in the store, and an unknown note or another page\'s note cannot be saved', () => {
    expect(refusal(() => saveNote(db, { subjectType: 'contact', subjectId: 'nobody', body: 'x' }, clock)).message).toBe(
      'there is no contact with id "nobody" in this store',
    );
    expect(refusal(() => saveNote(db, { id: 'no-such-note', subjectType: 'meeting', subjectId: 'm1', body: 'x' }, clock)).kind).toBe('not_found');
    const note = saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'x' }, clock);
    expect(refusal(() => saveNote(db, { id: note.id, subjectType: 'contact', subjectId: 'cert-fr', body: 'y' }, clock)).kind).toBe('rejected');
    expect(listNotes(db, 'contact', 'cert-fr')).toEqual([]);
  });

  it('are deleted as tombstones and restored by undo, in their place; delete and restore are idempotent', () => {
    const older = saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'Older' }, clock);
    const note = saveNote(db, { subjectType: 'meeting', subjectId: 'm1', body: 'Talk to ENISA' }, clock);
    const deleted = deleteNote(db, note.id, clock);
    expect(deleted).toMatchObject({ id: note.id, body: 'Talk to ENISA', deletedAt: deleted.updatedAt });
    expect(deleteNote(db, note.id, clock)).toEqual(deleted);
    expect(listNotes(db, 'meeting', 'm1')).toEqual([older]);
    expect(refusal(() => saveNote(db, { id: note.id, subjectType: 'meeting', subjectId: 'm1', body: 'edit' }, clock)).message).toMatch(/deleted/);

    const restored = restoreNote(db, note.id, clock);
    expect(restored).toMatchObject({ id: note.id, body: 'Talk to ENISA', createdAt: note.createdAt, deletedAt: null });
    expect(restoreNote(db, note.id, clock)).toEqual(restored);
    expect(listNotes(db, 'meeting', 'm1').map((n) => n.body)).toEqual(['Talk to ENISA', 'Older']);
    expect(refusal(() => deleteNote(db, 'no-such-note', clock)).kind).toBe('not_found');
    expect(refusal(() => restoreNote(db, 'no-such-note', clock)).kind).toBe('not_found');
  });

  it('are found by search while they exist, not once deleted, and again once restored', () => {
    const note = saveNote(db, { subjectType: 'contact', subjectId: 'cert-fr', body: 'Ask about the quetzal exercise' }, clock);
    const hit = search(db, 'quetzal');
    expect(hit).toEqual([expect.objectContaining({ type: 'note', id: note.id, place: { type: 'contact', id: 'cert-fr' } })]);
    deleteNote(db, note.id, clock);
    expect(search(db, 'quetzal')).toEqual([]);
    restoreNote(db, note.id, clock);
    expect(search(db, 'quetzal').map((h) => h.id)).toEqual([note.id]);
  });
});
