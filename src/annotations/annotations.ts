// The delegate's annotations on papers. This first step places an annotation on the first
// occurrence of a quote and describes it with W3C Web Annotation selectors; re-anchoring on new
// revisions and the reader's highlighting build on the same rows.
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import { documentText } from '../library/documents';

/** Characters of context kept on each side of the quote (as Hypothesis does). */
const CONTEXT = 32;

export interface Annotation {
  id: string;
  documentId: string;
  revision: number;
  quote: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  note: string;
  color: string;
  tags: string[];
  status: 'anchored' | 'orphaned';
  createdAt: string;
  updatedAt: string;
}

export function annotateQuote(
  db: Store,
  documentId: string,
  quote: string,
  options: { note?: string; color?: string; tags?: string[]; now?: Date } = {},
): Annotation {
  const exact = quote.trim();
  if (exact === '') throw new DeskError('rejected', 'the quote is empty');
  const { revision, text } = documentText(db, documentId);
  const start = text.indexOf(exact);
  if (start === -1) throw new DeskError('rejected', `the quote was not found in document "${documentId}" (revision ${revision})`);
  const end = start + exact.length;
  const now = (options.now ?? new Date()).toISOString();
  const id = randomUUID();
  db.prepare(
    `INSERT INTO annotations (id, document_id, revision, exact, prefix, suffix, start, end, note, color, tags, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'anchored', ?, ?)`,
  ).run(
    id, documentId, revision, exact,
    text.slice(Math.max(0, start - CONTEXT), start), text.slice(end, end + CONTEXT),
    start, end, options.note ?? '', options.color ?? 'yellow', JSON.stringify(options.tags ?? []), now, now,
  );
  return getAnnotation(db, id);
}

const COLUMNS = `id, document_id AS documentId, revision, exact AS quote, prefix, suffix, start, end, note, color, tags,
  status, created_at AS createdAt, updated_at AS updatedAt`;
type Row = Omit<Annotation, 'tags'> & { tags: string };

export function getAnnotation(db: Store, id: string): Annotation {
  const row = db.prepare(`SELECT ${COLUMNS} FROM annotations WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new DeskError('not_found', `there is no annotation with id "${id}"`);
  return { ...row, tags: JSON.parse(row.tags) };
}

export function listAnnotations(db: Store, options: { documentId?: string; meetingId?: string } = {}): Annotation[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM annotations a
       WHERE (:document IS NULL OR a.document_id = :document)
         AND (:meeting IS NULL OR a.document_id IN (
           SELECT l.document_id FROM agenda_item_documents l JOIN agenda_items i ON i.id = l.agenda_item_id
           WHERE i.meeting_id = :meeting))
       ORDER BY a.document_id, a.start, a.created_at`,
    )
    .all({ document: options.documentId ?? null, meeting: options.meetingId ?? null }) as Row[];
  return rows.map((r) => ({ ...r, tags: JSON.parse(r.tags) }));
}
