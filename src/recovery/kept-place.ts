// Where unsaved writing was being written, as the window names it when it keeps the text
// (kept-writing.ts), checked at the API's boundary (api/contract.ts):
//   note-new:<subject type>:<subject id>   a new note on a meeting, agenda item, paper or contact
//   note:<note id>                         an edit of a note
//   annotation-new:<document id>           the note of a highlight being made on a paper
//   annotation:<annotation id>             an edit of a highlight's note
//   comment:<statement id>                 a speaker's comment in a tour de table
import { z } from 'zod';
import { NOTE_SUBJECTS, type NoteSubject } from '../local-records/records';

const PLACE = new RegExp(`^(note-new:(${NOTE_SUBJECTS.join('|')}):|note:|annotation-new:|annotation:|comment:).+$`, 's');

/** The place as the contract accepts it (api/contract.ts). */
export const keptPlace = z
  .string()
  .max(300)
  .regex(PLACE, { error: 'a place is note-new:<subject>:<id>, note:<id>, annotation-new:<paper id>, annotation:<id> or comment:<statement id>' });

/** As long as the longest text the delegate may write in those places (a note, a highlight's note; a comment is shorter). */
export const MAX_KEPT_LENGTH = 100_000;

/** The places, as the window names them. */
export const places = {
  newNote: (subjectType: NoteSubject, subjectId: string) => `note-new:${subjectType}:${subjectId}`,
  note: (noteId: string) => `note:${noteId}`,
  newAnnotation: (documentId: string) => `annotation-new:${documentId}`,
  annotation: (annotationId: string) => `annotation:${annotationId}`,
  comment: (statementId: string) => `comment:${statementId}`,
};

/** The subject of a place where a new note was being written, or null for any other place. */
export function newNoteSubject(place: string): { subjectType: NoteSubject; subjectId: string } | null {
  const match = new RegExp(`^note-new:(${NOTE_SUBJECTS.join('|')}):(.+)$`, 's').exec(place);
  return match ? { subjectType: match[1] as NoteSubject, subjectId: match[2]! } : null;
}
