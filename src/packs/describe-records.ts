// How an import report names a record and what it points at, in the delegate's words: the paper's
// title, the agenda item's number and meeting, the contact's name; the bare id when the store does
// not have the record yet (then the record waits for it).
import type { LocalRecordOf, LocalRecordType, NoteSubject } from '../local-records/records';
import type { Store } from '../store/open';

/** What a local record points at, as a kind the store keeps and an id. */
export interface Subject {
  kind: 'document' | 'agenda item' | 'meeting' | 'contact';
  id: string;
}

const NOTE_SUBJECT_KINDS: Record<NoteSubject, Subject['kind']> = {
  meeting: 'meeting',
  agenda_item: 'agenda item',
  document: 'document',
  contact: 'contact',
};

export function subjectOf<T extends LocalRecordType>(type: T, record: LocalRecordOf[T]): Subject {
  switch (type) {
    case 'annotation':
      return { kind: 'document', id: (record as LocalRecordOf['annotation']).documentId };
    case 'position':
    case 'statement':
      return { kind: 'agenda item', id: (record as LocalRecordOf['position' | 'statement']).agendaItemId };
    default: {
      const note = record as LocalRecordOf['note'];
      return { kind: NOTE_SUBJECT_KINDS[note.subjectType], id: note.subjectId };
    }
  }
}

export class RecordDescriber {
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly db: Store) {}

  /** The subject in words, or null when the store does not hold it. */
  subjectName(subject: Subject): string | null {
    const key = `${subject.kind}\n${subject.id}`;
    if (!this.cache.has(key)) this.cache.set(key, this.lookUp(subject));
    return this.cache.get(key)!;
  }

  isAvailable(subject: Subject): boolean {
    return this.subjectName(subject) !== null;
  }

  /** e.g. `Position on item 3 "Cyber Blueprint" (Plenary, February 2027)`. */
  label<T extends LocalRecordType>(type: T, record: LocalRecordOf[T]): string {
    const subject = subjectOf(type, record);
    const on = this.subjectName(subject) ?? `${subject.kind} ${subject.id}`;
    const deleted = record.deletedAt ? ' (deleted)' : '';
    switch (type) {
      case 'annotation': {
        const { exact, file } = record as LocalRecordOf['annotation'];
        return `Highlight "${shorten(exact, 40)}" on ${on}${file ? ` (in its PDF, p. ${file.page})` : ''}${deleted}`;
      }
      case 'position':
        return `Position on ${on}${deleted}`;
      case 'statement':
        return `${(record as LocalRecordOf['statement']).speaker} in the tour de table on ${on}${deleted}`;
      default:
        return `Note on ${on}${deleted}`;
    }
  }

  private lookUp({ kind, id }: Subject): string | null {
    const get = (sql: string) => this.db.prepare(sql).get(id) as Record<string, string | null> | undefined;
    switch (kind) {
      case 'document': {
        const d = get('SELECT title FROM documents WHERE id = ?');
        return d ? `"${shorten(d.title!, 60)}"` : null;
      }
      case 'agenda item': {
        const a = get(
          'SELECT a.number, a.title, m.title AS meeting FROM agenda_items a LEFT JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?',
        );
        return a ? `item ${a.number} "${shorten(a.title!, 60)}"${a.meeting ? ` (${a.meeting})` : ''}` : null;
      }
      case 'meeting': {
        const m = get('SELECT title FROM meetings WHERE id = ?');
        return m ? `the meeting "${m.title}"` : null;
      }
      default: {
        const c = get('SELECT name FROM contacts WHERE id = ?');
        return c ? `the contact ${c.name}` : null;
      }
    }
  }
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
