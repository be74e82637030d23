// The delegate's annotations on papers: made from a selection (or, on the command line, the first
// occurrence of a quote), edited, deleted and restored (a delete is a tombstone, so undo works
// and a pack cannot bring the annotation back), and re-attached to new text when orphaned. Every
// write goes through writeRecord, which keeps a version. Where each annotation sits in the
// current revision of its paper is the anchor (reanchor.ts), worked out again whenever stale.
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open';
import { saveTime, type Clock } from '../local-records/clock';
import type { Anchor, Annotation } from '../api/types';
import { DeskError } from '../desk-error';
import { documentText } from '../library/documents';
import { annotationRecord, type AnnotationRecord, type HighlightColor } from '../local-records/records';
import { readRecord, readRecords, writeRecord } from '../local-records/tables';
import { orphaned } from './anchor';
import { reanchorDocument } from './reanchor';
import { describeSelection, selectQuote, type Selection } from './selection';

export interface AnnotationStyle {
  note?: string;
  color?: HighlightColor;
  tags?: string[];
}

/** A selection as the reader sends it. */
export interface SelectionInput {
  revision: number;
  start: number;
  end: number;
  exact: string;
  /** Ignored: the context is always taken from the stored text (selection.ts). */
  prefix?: string;
  suffix?: string;
}

export function createAnnotation(db: Store, input: SelectionInput & AnnotationStyle & { documentId: string }, clock: Clock = {}): Annotation {
  const { text } = documentText(db, input.documentId, revisionOf(db, input.documentId, input.revision));
  return insert(db, input.documentId, describeSelection(text, input.revision, input.start, input.end, input.exact), input, clock);
}

/** Highlights the first occurrence of a quote in the current revision (the command line's way). */
export function annotateQuote(db: Store, documentId: string, quote: string, options: AnnotationStyle & Clock = {}): Annotation {
  const { revision, text } = documentText(db, documentId);
  return insert(db, documentId, selectQuote(text, revision, quote, documentId), options, options);
}

export function updateAnnotation(db: Store, edit: AnnotationStyle & { id: string }, clock: Clock = {}): Annotation {
  const before = live(db, edit.id);
  const changed = {
    note: edit.note ?? before.note,
    color: edit.color ?? before.color,
    tags: edit.tags ? cleanTags(edit.tags) : before.tags,
  };
  if (changed.note === before.note && changed.color === before.color && sameTags(changed.tags, before.tags)) {
    return getAnnotation(db, edit.id);
  }
  save(db, { ...before, ...changed, updatedAt: saveTime(clock, before.updatedAt) });
  return getAnnotation(db, edit.id);
}

/** Deletes as a tombstone: still listed with includeDeleted, and restorable. */
export function deleteAnnotation(db: Store, id: string, clock: Clock = {}): Annotation {
  const before = existing(db, id);
  if (before.deletedAt === null) {
    const at = saveTime(clock, before.updatedAt);
    save(db, { ...before, deletedAt: at, updatedAt: at });
  }
  return getAnnotation(db, id);
}

/** Undoes a delete. */
export function restoreAnnotation(db: Store, id: string, clock: Clock = {}): Annotation {
  const before = existing(db, id);
  if (before.deletedAt !== null) save(db, { ...before, deletedAt: null, updatedAt: saveTime(clock, before.updatedAt) });
  return getAnnotation(db, id);
}

/**
 * Moves an annotation onto a new selection in the paper's current revision (an orphaned one, or
 * one placed on the wrong text). Its note, colour and tags stay.
 */
export function reattachAnnotation(db: Store, input: SelectionInput & { id: string }, clock: Clock = {}): Annotation {
  const before = live(db, input.id);
  const { revision, text } = documentText(db, before.documentId);
  if (input.revision !== revision) {
    throw new DeskError('rejected', `this paper has a newer revision (${revision}) than the one selected in (${input.revision}); select the text again`);
  }
  const selection = describeSelection(text, revision, input.start, input.end, input.exact);
  const at = saveTime(clock, before.updatedAt);
  return db.transaction(() => {
    save(db, { ...before, ...selection, updatedAt: at });
    reanchorDocument(db, before.documentId, at);
    return getAnnotation(db, input.id);
  })();
}

export function getAnnotation(db: Store, id: string): Annotation {
  return withAnchors(db, [existing(db, id)])[0]!;
}

/**
 * Annotations on one paper, on the papers of one meeting's agenda, or all of them: in reading
 * order (by where they sit in the current revision), orphaned ones last.
 */
export function listAnnotations(
  db: Store,
  options: { documentId?: string; meetingId?: string; includeDeleted?: boolean } = {},
): Annotation[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (options.documentId !== undefined) {
    where.push('r.document_id = :documentId');
    params.documentId = options.documentId;
  }
  if (options.meetingId !== undefined) {
    where.push(`r.document_id IN (SELECT l.document_id FROM agenda_item_documents l
      JOIN agenda_items i ON i.id = l.agenda_item_id WHERE i.meeting_id = :meetingId)`);
    params.meetingId = options.meetingId;
  }
  const records = readRecords(db, 'annotation', {
    where: where.length > 0 ? where.join(' AND ') : undefined,
    params,
    includeDeleted: options.includeDeleted,
  });
  return withAnchors(db, records).sort(readingOrder);
}

// ─── writing ─────────────────────────────────────────────────────────────────────────────────────

function insert(db: Store, documentId: string, selection: Selection, style: AnnotationStyle, clock: Clock): Annotation {
  const now = saveTime(clock);
  const record: AnnotationRecord = {
    id: randomUUID(),
    documentId,
    ...selection,
    note: style.note ?? '',
    color: style.color ?? 'yellow',
    tags: cleanTags(style.tags ?? []),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return db.transaction(() => {
    save(db, record);
    reanchorDocument(db, documentId, now);
    return getAnnotation(db, record.id);
  })();
}

/** Checks the record against its definition (the same one packs are checked with), then writes it. */
function save(db: Store, record: AnnotationRecord): void {
  const checked = annotationRecord.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new DeskError('rejected', `the annotation cannot be saved: ${issue.path.join('.') || 'it'}: ${issue.message}`);
  }
  // The row and its version together, or neither.
  db.transaction(() => writeRecord(db, 'annotation', checked.data))();
}

/** Tags as the delegate means them: trimmed, without blanks or repeats, in the order given. */
function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}

function sameTags(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function existing(db: Store, id: string): AnnotationRecord {
  const record = readRecord(db, 'annotation', id);
  if (!record) throw new DeskError('not_found', `there is no annotation with id "${id}"`);
  return record;
}

/** An annotation that may be edited: not deleted. */
function live(db: Store, id: string): AnnotationRecord {
  const record = existing(db, id);
  if (record.deletedAt !== null) throw new DeskError('rejected', 'this annotation was deleted; restore it before changing it');
  return record;
}

/** The revision a selection was made in, checked to exist (a paper keeps every revision). */
function revisionOf(db: Store, documentId: string, revision: number): number {
  const current = documentText(db, documentId).revision;
  if (revision > current) {
    throw new DeskError('rejected', `this paper has no revision ${revision} (its latest is ${current}); select the text again`);
  }
  return revision;
}

// ─── reading ─────────────────────────────────────────────────────────────────────────────────────

interface PaperRow {
  id: string;
  title: string;
  revision: number;
}

/**
 * Joins each record to its anchor and paper. An anchor that is missing or made on an older
 * revision (a pack just imported, a store from before anchors) is worked out now and kept.
 */
function withAnchors(db: Store, records: AnnotationRecord[]): Annotation[] {
  if (records.length === 0) return [];
  const documentIds = [...new Set(records.map((r) => r.documentId))];
  const papers = new Map(
    (
      db
        .prepare(`SELECT id, title, current_revision AS revision FROM documents WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(documentIds)) as PaperRow[]
    ).map((p) => [p.id, p]),
  );
  const anchors = readAnchors(db, records.map((r) => r.id));
  const stale = new Set(
    records.filter((r) => papers.has(r.documentId) && anchors.get(r.id)?.revision !== papers.get(r.documentId)!.revision).map((r) => r.documentId),
  );
  for (const documentId of stale) {
    for (const [id, anchor] of reanchorDocument(db, documentId)) anchors.set(id, anchor);
  }
  return records.map((record) => {
    const paper = papers.get(record.documentId);
    return {
      ...record,
      anchor: paper ? anchors.get(record.id)! : orphaned(record.revision),
      documentTitle: paper?.title ?? null,
      documentAvailable: paper !== undefined,
    };
  });
}

function readAnchors(db: Store, annotationIds: string[]): Map<string, Anchor> {
  const rows = db
    .prepare(
      `SELECT annotation_id AS id, revision, status, start, end, method FROM annotation_anchors
       WHERE annotation_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(annotationIds)) as (Anchor & { id: string })[];
  return new Map(rows.map(({ id, ...anchor }) => [id, anchor]));
}

/** Paper by paper (by title), then where each sits in the text; orphaned ones after the placed ones. */
function readingOrder(a: Annotation, b: Annotation): number {
  return (
    compare(a.documentTitle ?? a.documentId, b.documentTitle ?? b.documentId) ||
    compare(a.documentId, b.documentId) ||
    Number(a.anchor.status === 'orphaned') - Number(b.anchor.status === 'orphaned') ||
    (a.anchor.start ?? 0) - (b.anchor.start ?? 0) ||
    (a.anchor.end ?? 0) - (b.anchor.end ?? 0) ||
    compare(a.createdAt, b.createdAt) ||
    compare(a.id, b.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
