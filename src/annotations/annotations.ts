// The delegate's annotations on papers: made from a selection (or, on the command line, the first
// occurrence of a quote), edited, deleted and restored (a delete is a tombstone, so undo works
// and a pack cannot bring the annotation back), and re-attached to new text when orphaned. Every
// write goes through writeRecord, which keeps a version. Where each annotation sits in the
// current revision of its paper is the anchor (reanchor.ts), worked out again whenever stale. An
// annotation made in one of the paper's PDFs says which file, version and page (`file`); its
// selectors are over that PDF's text, and its anchor is in the current version of the file
// (reanchor-pdf.ts).
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/open';
import { saveTime, type Clock } from '../local-records/clock';
import type { Annotation } from '../api/types';
import { DeskError } from '../desk-error';
import { documentText } from '../library/documents';
import { annotationRecord, type AnnotationRecord, type HighlightColor } from '../local-records/records';
import { readRecord, readRecords, writeRecord } from '../local-records/tables';
import { pageAt } from '../pdf/pdf-text';
import { orphaned } from './anchor';
import { readAnchors } from './anchor-rows';
import { isAttachmentOf, readablePdfText, readPdfAttachments, storedVersion } from './pdf-copy';
import { reanchorDocument } from './reanchor';
import { isPdfAnnotation, reanchorPdfDocument } from './reanchor-pdf';
import { describeSelection, findQuote, type Selection } from './selection';
import { inWriteTransaction } from '../store/transactions';

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
  /** Set for a selection in a PDF attachment: its url, the version shown (sha256) and the page the selection starts on. */
  file?: PdfFile | null;
}

export type PdfFile = NonNullable<AnnotationRecord['file']>;

/** A selection described by its selectors, and the PDF it is in (none: the paper's text). */
type Placed = Selection & { file?: PdfFile };

export function createAnnotation(db: Store, input: SelectionInput & AnnotationStyle & { documentId: string }, clock: Clock = {}): Annotation {
  const revision = revisionOf(db, input.documentId, input.revision);
  if (input.file) return insert(db, input.documentId, pdfSelection(db, input.documentId, revision, input, input.file), input, clock);
  const { text } = documentText(db, input.documentId, revision);
  return insert(db, input.documentId, describeSelection(text, revision, input.start, input.end, input.exact), input, clock);
}

/**
 * Highlights the first occurrence of a quote (the command line's way): in the current revision
 * of the paper's text, else in its stored PDFs in the order of its attachments. `pdf` looks only
 * in the PDFs (true) or in one of them (its url).
 */
export function annotateQuote(
  db: Store,
  documentId: string,
  quote: string,
  options: AnnotationStyle & Clock & { pdf?: string | true } = {},
): Annotation {
  const { revision, text } = documentText(db, documentId);
  if (options.pdf === undefined) {
    const inText = findQuote(text, revision, quote);
    if (inText) return insert(db, documentId, inText, options, options);
  }
  const files = typeof options.pdf === 'string' ? [pdfToSearch(db, documentId, options.pdf)] : readPdfAttachments(db, documentId);
  for (const { url, sha256 } of files) {
    const pdf = readablePdfText(db, sha256);
    const inPdf = findQuote(pdf.text, revision, quote);
    if (inPdf) return insert(db, documentId, { ...inPdf, file: { url, sha256, page: pageAt(pdf.pageStarts, inPdf.start) } }, options, options);
  }
  throw new DeskError('rejected', quoteNotFound(documentId, revision, options.pdf, files.length));
}

function quoteNotFound(documentId: string, revision: number, pdf: string | true | undefined, pdfCount: number): string {
  const paper = `document "${documentId}"`;
  if (typeof pdf === 'string') return `the quote was not found in the PDF ${pdf} of ${paper}`;
  if (pdf === true) return pdfCount === 0 ? `${paper} has no PDF on this device whose text has been read` : `the quote was not found in the PDFs of ${paper}`;
  return `the quote was not found in ${paper} (revision ${revision})${pdfCount > 0 ? ' nor in its PDFs' : ''}`;
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
 * Moves an annotation onto a new selection in the paper's current revision, or in the current
 * version of one of its PDFs (an orphaned one, or one placed on the wrong text). Its note, colour
 * and tags stay. The selection says where it now is: in a PDF (`file`) or in the paper's text.
 */
export function reattachAnnotation(db: Store, input: SelectionInput & { id: string }, clock: Clock = {}): Annotation {
  const { file: _madeIn, ...before } = live(db, input.id);
  const { revision, text } = documentText(db, before.documentId);
  let selection: Placed;
  if (input.file) {
    const stored = storedVersion(db, before.documentId, input.file.url);
    if (stored !== null && stored !== input.file.sha256) {
      throw new DeskError('rejected', 'a newer version of this PDF has arrived since the text was selected; select the text again');
    }
    selection = pdfSelection(db, before.documentId, revision, input, input.file);
  } else {
    if (input.revision !== revision) {
      throw new DeskError('rejected', `this paper has a newer revision (${revision}) than the one selected in (${input.revision}); select the text again`);
    }
    selection = describeSelection(text, revision, input.start, input.end, input.exact);
  }
  const at = saveTime(clock, before.updatedAt);
  return inWriteTransaction(db, () => {
    save(db, { ...before, ...selection, updatedAt: at });
    reanchor(db, before.documentId, selection.file, at);
    return getAnnotation(db, input.id);
  });
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

function insert(db: Store, documentId: string, selection: Placed, style: AnnotationStyle, clock: Clock): Annotation {
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
  return inWriteTransaction(db, () => {
    save(db, record);
    reanchor(db, documentId, selection.file, now);
    return getAnnotation(db, record.id);
  });
}

/** Places the annotations that share the text a new selection is in: the paper's, or one PDF's. */
function reanchor(db: Store, documentId: string, file: PdfFile | undefined, now: string): void {
  if (file) reanchorPdfDocument(db, documentId, now, { url: file.url });
  else reanchorDocument(db, documentId, now);
}

/**
 * A selection in a version of one of the paper's PDFs, checked against that version's text; the
 * page kept is the one the (trimmed) selection starts on, and must be the page the reader said.
 */
function pdfSelection(db: Store, documentId: string, revision: number, input: SelectionInput, file: PdfFile): Placed {
  if (!isAttachmentOf(db, documentId, file.url)) throw new DeskError('not_found', `document "${documentId}" has no attachment ${file.url}`);
  const pdf = readablePdfText(db, file.sha256);
  const selection = describeSelection(pdf.text, revision, input.start, input.end, input.exact, 'this PDF');
  const page = pageAt(pdf.pageStarts, selection.start);
  // The reader may count the page the selection began on before its spaces were trimmed off.
  if (page !== file.page && pageAt(pdf.pageStarts, input.start) !== file.page) {
    throw new DeskError('rejected', `the selection starts on page ${page} of this PDF, not on page ${file.page}; select the text again`);
  }
  return { ...selection, file: { url: file.url, sha256: file.sha256, page } };
}

/** The one PDF the command line was told to look in: it must be stored on this device. */
function pdfToSearch(db: Store, documentId: string, url: string): { url: string; sha256: string } {
  if (!isAttachmentOf(db, documentId, url)) throw new DeskError('not_found', `document "${documentId}" has no attachment ${url}`);
  const sha256 = storedVersion(db, documentId, url);
  if (sha256 === null) throw new DeskError('rejected', `the PDF ${url} is not on this device; download it first`);
  return { url, sha256 };
}

/** Checks the record against its definition (the same one packs are checked with), then writes it. */
function save(db: Store, record: AnnotationRecord): void {
  const checked = annotationRecord.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new DeskError('rejected', `the annotation cannot be saved: ${issue.path.join('.') || 'it'}: ${issue.message}`);
  }
  // The row and its version together, or neither.
  inWriteTransaction(db, () => writeRecord(db, 'annotation', checked.data));
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
 * revision (a pack just imported, a store from before anchors), or, for an annotation in a PDF, in
 * another version of the file than its current one, is worked out now and kept.
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
  const onPapers = records.filter((r) => papers.has(r.documentId));
  const staleTexts = new Set(
    onPapers.filter((r) => !isPdfAnnotation(r) && anchors.get(r.id)?.revision !== papers.get(r.documentId)!.revision).map((r) => r.documentId),
  );
  for (const documentId of staleTexts) {
    for (const [id, anchor] of reanchorDocument(db, documentId)) anchors.set(id, anchor);
  }
  // Whether a PDF's anchor is stale depends on its file's current version: reanchor-pdf.ts decides.
  for (const documentId of new Set(onPapers.filter(isPdfAnnotation).map((r) => r.documentId))) {
    for (const [id, anchor] of reanchorPdfDocument(db, documentId, new Date(), { onlyStale: true })) anchors.set(id, anchor);
  }
  return records.map((record) => {
    const paper = papers.get(record.documentId);
    const anchor = paper ? anchors.get(record.id)! : orphaned(record.revision);
    return {
      ...record,
      // An annotation in a PDF always says which version and page it is on, if none (yet).
      anchor: isPdfAnnotation(record) ? { ...anchor, sha256: anchor.sha256 ?? null, page: anchor.page ?? null } : anchor,
      documentTitle: paper?.title ?? null,
      documentAvailable: paper !== undefined,
    };
  });
}

/** Paper by paper (by title), then where each sits in the text; orphaned ones after the placed ones. */
function readingOrder(a: Annotation, b: Annotation): number {
  return (
    compare(a.documentTitle ?? a.documentId, b.documentTitle ?? b.documentId) ||
    compare(a.documentId, b.documentId) ||
    Number(a.anchor.status === 'orphaned') - Number(b.anchor.status === 'orphaned') ||
    // The paper's text first, then each PDF: offsets in different texts do not compare.
    compare(a.file?.url ?? '', b.file?.url ?? '') ||
    (a.anchor.start ?? 0) - (b.anchor.start ?? 0) ||
    (a.anchor.end ?? 0) - (b.anchor.end ?? 0) ||
    compare(a.createdAt, b.createdAt) ||
    compare(a.id, b.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
