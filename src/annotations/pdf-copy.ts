// What the annotations of a PDF are placed in: the text of one version of the file (by sha256),
// as the extractor left it (src/pdf/store-text.ts), and which version a paper's attachment has now (its
// stored copy). The text is kept when the delegate removes the bytes, so a version that is no
// longer stored can still be read here.
import type { Store } from '../store/open';
import { prepared } from '../store/prepared';
import { DeskError } from '../desk-error';
import { documentText } from '../pdf/pdf-text';
import { readPdfText, textState } from '../pdf/store-text';

export interface PdfVersionText {
  sha256: string;
  /** The pages' texts joined as src/pdf/pdf-text.ts says: what the selectors are offsets into. */
  text: string;
  pageStarts: number[];
}

/** The text of a version of a PDF, or null while it has not been read (or could not be). */
export function pdfVersionText(db: Store, sha256: string): PdfVersionText | null {
  if (textState(db, sha256)?.status !== 'extracted') return null;
  return { sha256, ...documentText(readPdfText(db, sha256).pages) };
}

/** Like pdfVersionText, but says why in a delegate's words when the text cannot be had. */
export function readablePdfText(db: Store, sha256: string): PdfVersionText {
  const text = pdfVersionText(db, sha256);
  if (text) return text;
  const state = textState(db, sha256);
  if (state?.status === 'failed') {
    throw new DeskError('rejected', `The text of this PDF could not be read${state.error ? ` (${state.error})` : ''}, so it cannot be highlighted.`);
  }
  throw new DeskError('rejected', 'The text of this PDF has not been read yet; try again in a moment.');
}

/** The version of a paper's attachment kept on the device now, or null when none is stored. */
export function storedVersion(db: Store, documentId: string, url: string): string | null {
  return (prepared(db, `SELECT sha256 FROM attachment_copies WHERE document_id = ? AND url = ? AND state = 'stored'`).pluck().get(documentId, url) as
    | string
    | null
    | undefined) ?? null;
}

/** The version whose text a paper's attachment's annotations go in now: its stored copy, once read. */
export function currentPdfVersion(db: Store, documentId: string, url: string): string | null {
  const sha = storedVersion(db, documentId, url);
  return sha !== null && pdfVersionText(db, sha) !== null ? sha : null;
}

/** Whether the paper has (or had) this attachment: in its feed record, or copied to the device. */
export function isAttachmentOf(db: Store, documentId: string, url: string): boolean {
  return (
    prepared(
      db,
      `SELECT EXISTS (SELECT 1 FROM attachments WHERE document_id = :documentId AND url = :url)
           OR EXISTS (SELECT 1 FROM attachment_copies WHERE document_id = :documentId AND url = :url)`,
    )
      .pluck()
      .get({ documentId, url }) === 1
  );
}

/** A paper's stored PDFs whose text has been read, in the order of its attachments. */
export function readPdfAttachments(db: Store, documentId: string): { url: string; sha256: string }[] {
  return prepared(
    db,
    `SELECT c.url, c.sha256 FROM attachment_copies c
       JOIN file_texts t ON t.sha256 = c.sha256 AND t.status = 'extracted'
       LEFT JOIN attachments a ON a.document_id = c.document_id AND a.url = c.url
     WHERE c.document_id = ? AND c.state = 'stored'
     ORDER BY a.position IS NULL, a.position, c.url`,
  ).all(documentId) as { url: string; sha256: string }[];
}
