// Placing a paper's annotations in its current revision, and keeping the result in
// annotation_anchors. Anchors are derived data: a sync, a pack import or a read may rewrite them;
// the annotation rows (quote, context, note) stay exactly as the delegate left them.
import type { Store } from '../store/open';
import type { Anchor } from '../api/types';
import { readRecords } from '../local-records/tables';
import { placeAnnotation } from './anchor';
import { saveAnchor } from './anchor-rows';
import { reanchorPdfDocument } from './reanchor-pdf';
import { inWriteTransaction } from '../store/transactions';

/**
 * Re-anchors every annotation on one paper's text (deleted ones too, so an undo finds them
 * placed) in its current revision. A paper not in the store is left alone: its annotations wait,
 * orphaned. Returns the anchors by annotation id.
 */
export function reanchorDocument(db: Store, documentId: string, now: Date | string = new Date()): Map<string, Anchor> {
  const placedAt = typeof now === 'string' ? now : now.toISOString();
  const anchors = new Map<string, Anchor>();
  const current = db
    .prepare(
      `SELECT r.seq AS revision, r.content_text AS text FROM documents d
       JOIN document_revisions r ON r.document_id = d.id AND r.seq = d.current_revision WHERE d.id = ?`,
    )
    .get(documentId) as { revision: number; text: string } | undefined;
  if (!current) return anchors;
  inWriteTransaction(db, () => {
    // Annotations made in the paper's PDFs are placed in their files' text (reanchor-pdf.ts).
    const annotations = readRecords(db, 'annotation', {
      where: 'r.document_id = :documentId AND r.file IS NULL',
      params: { documentId },
      includeDeleted: true,
    });
    for (const annotation of annotations) {
      const anchor = placeAnnotation(annotation, current.text, current.revision);
      saveAnchor(db, annotation.id, anchor, placedAt);
      anchors.set(annotation.id, anchor);
    }
  });
  return anchors;
}

/**
 * Re-anchors every annotation on one paper: those on its text in its current revision, those made
 * in its PDFs in the current version of each file (reanchor-pdf.ts).
 */
export function reanchorEverywhere(db: Store, documentId: string, now: Date | string = new Date()): Map<string, Anchor> {
  return new Map([...reanchorDocument(db, documentId, now), ...reanchorPdfDocument(db, documentId, now)]);
}

/**
 * After a sync: re-anchors only the papers that got a new revision and carry annotations, so a
 * sync of twenty thousand papers pays one query, not one per paper. Returns how many annotations
 * were placed (or orphaned).
 */
export function reanchorRevisedDocuments(db: Store, revised: ReadonlySet<string>, now: Date | string = new Date()): number {
  if (revised.size === 0) return 0;
  let count = 0;
  for (const id of db.prepare('SELECT DISTINCT document_id FROM annotations').pluck().all() as string[]) {
    if (revised.has(id)) count += reanchorEverywhere(db, id, now).size;
  }
  return count;
}
