// Where each kind of local record lives in the store, and the one way to read and write it. The
// features (annotations, positions, the tour de table, notes) and the pack import all go through
// here, so a record reads the same everywhere and every write keeps its version.
import type { Store } from '../store/open';
import { prepared } from '../store/prepared';
import { cleanFeedHtml } from '../feed/clean-html';
import type { LocalRecordOf, LocalRecordType } from './records';
import { keepVersion, type VersionOrigin } from './versions';

interface TableOf<T extends LocalRecordType> {
  table: string;
  /** Record field -> column, in the record's field order. */
  columns: Record<keyof LocalRecordOf[T] & string, string>;
}

const STAMPS = { createdAt: 'created_at', updatedAt: 'updated_at', deletedAt: 'deleted_at' } as const;

export const LOCAL_TABLES: { [T in LocalRecordType]: TableOf<T> } = {
  annotation: {
    table: 'annotations',
    columns: {
      id: 'id', documentId: 'document_id', revision: 'revision', exact: 'exact', prefix: 'prefix', suffix: 'suffix',
      start: 'start', end: 'end', note: 'note', color: 'color', tags: 'tags', file: 'file', ...STAMPS,
    },
  },
  position: {
    table: 'positions',
    columns: {
      id: 'id', agendaItemId: 'agenda_item_id', status: 'status', lineToTake: 'line_to_take',
      speakingPoints: 'speaking_points', redLines: 'red_lines', fallback: 'fallback', background: 'background',
      owner: 'owner', dueDate: 'due_date', ...STAMPS,
    },
  },
  statement: {
    table: 'statements',
    columns: {
      id: 'id', agendaItemId: 'agenda_item_id', speaker: 'speaker', stance: 'stance', comment: 'comment', ...STAMPS,
    },
  },
  note: {
    table: 'notes',
    columns: { id: 'id', subjectType: 'subject_type', subjectId: 'subject_id', body: 'body', ...STAMPS },
  },
};

/** Columns stored as JSON text. */
const JSON_FIELDS = new Set(['tags']);
/**
 * Optional fields stored as JSON text or NULL. A record without one reads without the key at all,
 * so records made before the field existed keep their content hash (history, packs).
 */
const OPTIONAL_JSON_FIELDS = new Set(['file']);

function selectList<T extends LocalRecordType>(type: T, alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return Object.entries(LOCAL_TABLES[type].columns)
    .map(([field, column]) => `${prefix}"${column}" AS "${field}"`)
    .join(', ');
}

function fromRow<T extends LocalRecordType>(row: Record<string, unknown>): LocalRecordOf[T] {
  const out: Record<string, unknown> = { ...row };
  for (const field of JSON_FIELDS) if (typeof out[field] === 'string') out[field] = JSON.parse(out[field] as string);
  for (const field of OPTIONAL_JSON_FIELDS) {
    if (typeof out[field] === 'string') out[field] = JSON.parse(out[field] as string);
    else delete out[field];
  }
  return out as LocalRecordOf[T];
}

/**
 * Records of one kind. `where` is SQL over the table's columns (aliased `r`), with named
 * parameters from `params`; deleted records are left out unless asked for.
 */
export function readRecords<T extends LocalRecordType>(
  db: Store,
  type: T,
  options: { where?: string; params?: Record<string, unknown>; includeDeleted?: boolean; orderBy?: string } = {},
): LocalRecordOf[T][] {
  const conditions = [options.includeDeleted ? null : 'r.deleted_at IS NULL', options.where ? `(${options.where})` : null].filter(Boolean);
  const sql = `SELECT ${selectList(type, 'r')} FROM ${LOCAL_TABLES[type].table} r
    ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY ${options.orderBy ?? 'r.key'}`;
  return (prepared(db, sql).all(options.params ?? {}) as Record<string, unknown>[]).map((r) => fromRow<T>(r));
}

/** One record by id, deleted or not; undefined when there is none. */
export function readRecord<T extends LocalRecordType>(db: Store, type: T, id: string): LocalRecordOf[T] | undefined {
  return readRecords(db, type, { where: 'r.id = :id', params: { id }, includeDeleted: true })[0];
}

/**
 * Writes a record as it is (insert, or replace the row with that id) and keeps that state in its
 * history. Callers set updatedAt. Positions' speaking points are cleaned here, whoever wrote them
 * (the editor, the CLI, a pack), and their text kept for search and exports.
 */
export function writeRecord<T extends LocalRecordType>(
  db: Store,
  type: T,
  record: LocalRecordOf[T],
  origin: VersionOrigin = 'saved',
): LocalRecordOf[T] {
  const { table, columns } = LOCAL_TABLES[type];
  let stored = record as Record<string, unknown>;
  const extra: Record<string, unknown> = {};
  if (type === 'position') {
    const cleaned = cleanFeedHtml(String(stored.speakingPoints ?? ''));
    stored = { ...stored, speakingPoints: cleaned.html };
    extra.speaking_points_text = cleaned.text;
  }
  const values: Record<string, unknown> = { ...extra };
  for (const [field, column] of Object.entries(columns)) {
    const v = stored[field];
    values[column] = JSON_FIELDS.has(field)
      ? JSON.stringify(v ?? [])
      : OPTIONAL_JSON_FIELDS.has(field)
        ? v == null ? null : JSON.stringify(v)
        : v ?? null;
  }
  const names = Object.keys(values);
  const assignments = names.filter((c) => c !== 'id').map((c) => `"${c}" = excluded."${c}"`);
  prepared(
    db,
    `INSERT INTO ${table} (${names.map((c) => `"${c}"`).join(', ')}) VALUES (${names.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${assignments.join(', ')}`,
  ).run(values);
  const written = readRecord(db, type, record.id)!;
  keepVersion(db, type, written, origin);
  return written;
}
