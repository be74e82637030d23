// Writing kept in case the app goes down before it is saved: a note not yet added, a note, a
// highlight's note or a tour de table comment being written (a position keeps its own draft,
// positions/drafts.ts). The window keeps each text a moment after each change, with the session it
// belongs to, and drops it once saved or given up (src/renderer/shell/kept-writing.ts). Rows left
// by a session whose window is no longer open are what a crash, a killed process, a power cut or a
// window closed over unsaved work left behind: the next window offers them back on every page,
// saying where each was being written. A window still open (another tab of the browser mode) keeps
// its own: offering it elsewhere would put the same text in two places.
//
// A place names where the text was being written (kept-place.ts).
import type { Store } from '../store/open';
import type { KeptWriting } from '../api/types';
import { saveTime, type Clock } from '../local-records/clock';
import type { NoteSubject } from '../local-records/records';

export type { KeptWriting };

export function keepWriting(db: Store, input: { place: string; session: string; body: string }, clock: Clock = {}): null {
  if (input.body.trim() === '') return dropWriting(db, input.place);
  db.prepare(
    `INSERT INTO kept_writing (place, session, body, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (place) DO UPDATE SET session = excluded.session, body = excluded.body, updated_at = excluded.updated_at`,
  ).run(input.place, input.session, input.body, saveTime(clock));
  return null;
}

export function dropWriting(db: Store, place: string): null {
  db.prepare('DELETE FROM kept_writing WHERE place = ?').run(place);
  return null;
}

/** What windows no longer open left unsaved, the latest first, each with where it was being written. */
export function recoveredWriting(db: Store, openWindows: readonly string[]): KeptWriting[] {
  const rows = db
    .prepare(
      `SELECT place, body, updated_at AS updatedAt FROM kept_writing
       WHERE session NOT IN (SELECT value FROM json_each(?)) ORDER BY updated_at DESC, place`,
    )
    .all(JSON.stringify(openWindows)) as { place: string; body: string; updatedAt: string }[];
  return rows.map((row) => ({ ...row, ...describePlace(db, row.place) }));
}

type Opens = KeptWriting['opens'];

function describePlace(db: Store, place: string): { label: string; opens: Opens } {
  const [kind, ...rest] = place.split(':');
  if (kind === 'note-new') {
    const [type, ...id] = rest;
    const subject = describeSubject(db, type as NoteSubject, id.join(':'));
    return { label: `A new note on ${subject.name}`, opens: subject.opens };
  }
  if (kind === 'note') {
    const note = db.prepare('SELECT subject_type AS type, subject_id AS id FROM notes WHERE id = ?').get(rest.join(':')) as
      | { type: NoteSubject; id: string }
      | undefined;
    if (!note) return { label: 'Your edit of a note no longer in your store', opens: null };
    const subject = describeSubject(db, note.type, note.id);
    return { label: `Your edit of a note on ${subject.name}`, opens: subject.opens };
  }
  if (kind === 'comment') {
    const said = db
      .prepare('SELECT s.speaker, i.number, i.title, i.meeting_id AS meetingId FROM statements s LEFT JOIN agenda_items i ON i.id = s.agenda_item_id WHERE s.id = ?')
      .get(rest.join(':')) as { speaker: string; number: string | null; title: string | null; meetingId: string | null } | undefined;
    if (!said) return { label: 'A comment in a tour de table no longer in your store', opens: null };
    if (said.meetingId === null) return { label: `A comment by ${said.speaker} in the tour de table of an agenda item no longer in your store`, opens: null };
    return { label: `A comment by ${said.speaker} in the tour de table on item ${said.number}, “${said.title}”`, opens: { type: 'meeting', id: said.meetingId } };
  }
  if (kind === 'annotation-new') {
    const paper = describeSubject(db, 'document', rest.join(':'));
    return { label: `The note of a new highlight on ${paper.name}`, opens: paper.opens };
  }
  const documentId = db.prepare('SELECT document_id FROM annotations WHERE id = ?').pluck().get(rest.join(':')) as string | undefined;
  if (documentId === undefined) return { label: "Your edit of a highlight's note, the highlight no longer in your store", opens: null };
  const paper = describeSubject(db, 'document', documentId);
  return { label: `Your edit of a highlight's note on ${paper.name}`, opens: paper.opens };
}

/** A subject's name as a sentence gives it, and the page that shows it. */
function describeSubject(db: Store, type: NoteSubject, id: string): { name: string; opens: Opens } {
  if (type === 'meeting') {
    const title = db.prepare('SELECT title FROM meetings WHERE id = ?').pluck().get(id) as string | undefined;
    return title === undefined ? gone('a meeting') : { name: `“${title}”`, opens: { type: 'meeting', id } };
  }
  if (type === 'agenda_item') {
    const item = db.prepare('SELECT number, title, meeting_id AS meetingId FROM agenda_items WHERE id = ?').get(id) as
      | { number: string; title: string; meetingId: string }
      | undefined;
    return item === undefined ? gone('an agenda item') : { name: `item ${item.number}, “${item.title}”`, opens: { type: 'meeting', id: item.meetingId } };
  }
  if (type === 'document') {
    const title = db.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(id) as string | undefined;
    return title === undefined ? gone('a paper') : { name: `“${title}”`, opens: { type: 'document', id } };
  }
  const name = db.prepare('SELECT name FROM contacts WHERE id = ?').pluck().get(id) as string | undefined;
  return name === undefined ? gone('a contact') : { name, opens: { type: 'contact', id } };
}

function gone(what: string): { name: string; opens: Opens } {
  return { name: `${what} no longer in your store`, opens: null };
}
