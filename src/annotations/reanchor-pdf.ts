// Placing the annotations made in a paper's PDF attachments in the current version of each file,
// by the same rules as a paper's text (anchor.ts), and keeping the result in annotation_anchors
// with the version (sha256) and the page. As for papers, anchors are derived data: the annotation
// rows stay exactly as the delegate left them, and one that cannot be placed is orphaned, not lost.
import type { Store } from '../store/open';
import type { Anchor } from '../api/types';
import type { AnnotationRecord } from '../local-records/records';
import { readRecords } from '../local-records/tables';
import { prepared } from '../store/prepared';
import { pageAt } from '../pdf/pdf-text';
import { orphaned, placeQuote } from './anchor';
import { readAnchors, saveAnchor } from './anchor-rows';
import { pdfVersionText, storedVersion, type PdfVersionText } from './pdf-copy';
import { inWriteTransaction } from '../store/transactions';

export type PdfAnnotationRecord = AnnotationRecord & { file: NonNullable<AnnotationRecord['file']> };

export function isPdfAnnotation(record: AnnotationRecord): record is PdfAnnotationRecord {
  return record.file != null;
}

/** Where an annotation made in a PDF sits in one version of its text (none read: orphaned, no page). */
export function placeInPdf(record: PdfAnnotationRecord, pdf: PdfVersionText | null, revision: number): Anchor {
  if (!pdf) return { ...orphaned(revision), sha256: null, page: null };
  const placement = placeQuote(record, pdf.text, record.file.sha256 === pdf.sha256);
  const page = placement.start === null ? null : pageAt(pdf.pageStarts, placement.start);
  return { revision, sha256: pdf.sha256, page, ...placement };
}

/**
 * Places the PDF annotations of one paper (deleted ones too, so an undo finds them placed): all of
 * them, or those of one attachment, and with `onlyStale` only those whose anchor is missing, from
 * another revision of the paper, or in another version of the file than the current one. A paper
 * not in the store is left alone. Returns the new anchors by annotation id.
 */
export function reanchorPdfDocument(
  db: Store,
  documentId: string,
  now: Date | string = new Date(),
  options: { url?: string; onlyStale?: boolean } = {},
): Map<string, Anchor> {
  const placedAt = typeof now === 'string' ? now : now.toISOString();
  const placed = new Map<string, Anchor>();
  const revision = prepared(db, 'SELECT current_revision FROM documents WHERE id = ?').pluck().get(documentId) as number | undefined;
  if (revision === undefined) return placed;
  inWriteTransaction(db, () => {
    const records = readRecords(db, 'annotation', {
      where: `r.document_id = :documentId AND r.file IS NOT NULL AND (:url IS NULL OR json_extract(r.file, '$.url') = :url)`,
      params: { documentId, url: options.url ?? null },
      includeDeleted: true,
    }).filter(isPdfAnnotation);
    const anchors = readAnchors(db, records.map((r) => r.id));
    const versions = new VersionTexts(db);
    for (const record of records) {
      const before = anchors.get(record.id);
      const current = versions.current(documentId, record.file.url);
      const stale = !before || before.revision !== revision || (current !== null && before.sha256 !== current.sha256);
      if (options.onlyStale && !stale) continue;
      // The stored copy once read; until then the version it was last placed in, or made in.
      const target = current ?? versions.text(before?.sha256) ?? versions.text(record.file.sha256);
      const anchor = placeInPdf(record, target, revision);
      saveAnchor(db, record.id, anchor, placedAt);
      placed.set(record.id, anchor);
    }
  });
  return placed;
}

/**
 * When the text of a newly stored file has been read: places again, in it, the annotations of
 * every paper attachment whose current copy is that file and whose anchor is elsewhere. Returns
 * how many annotations were placed (or orphaned).
 */
export function reanchorPdfAnnotations(db: Store, sha256: string, now: Date | string = new Date()): number {
  const copies = prepared(
    db,
    `SELECT DISTINCT c.document_id AS documentId, c.url FROM attachment_copies c
     WHERE c.state = 'stored' AND c.sha256 = ?
       AND EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = c.document_id AND json_extract(a.file, '$.url') = c.url)`,
  ).all(sha256) as { documentId: string; url: string }[];
  let count = 0;
  for (const { documentId, url } of copies) count += reanchorPdfDocument(db, documentId, now, { url, onlyStale: true }).size;
  return count;
}

/** The texts of the versions one pass reads, each read once. */
class VersionTexts {
  private readonly texts = new Map<string, PdfVersionText | null>();
  constructor(private readonly db: Store) {}

  text(sha256: string | null | undefined): PdfVersionText | null {
    if (!sha256) return null;
    if (!this.texts.has(sha256)) this.texts.set(sha256, pdfVersionText(this.db, sha256));
    return this.texts.get(sha256)!;
  }

  /** The attachment's stored copy, if its text has been read. */
  current(documentId: string, url: string): PdfVersionText | null {
    return this.text(storedVersion(this.db, documentId, url));
  }
}
