// A paper's PDF attachment put straight into a store, as a finished download and text extraction
// leave it (the copy points at the file, the file's text is kept by page), for tests of what sits
// on top (annotations in a PDF, packs, exports) without making and reading a real PDF.
import { createHash } from 'node:crypto';
import type { Store } from '../../src/store/open';
import { documentText } from '../../src/pdf/pdf-text';
import { markPending, storeExtracted, storeFailed } from '../../src/pdf/store-text';

const AT = '2026-11-01T10:00:00.000Z';

export interface PdfCopyOptions {
  /** What became of the text: read (the default), still waiting, or unreadable. */
  text?: 'extracted' | 'pending' | 'failed';
}

/**
 * Makes this text (one string a page) the stored copy of the paper's attachment at `url`, as a new
 * version of the file when the attachment had another. Returns the version's sha256.
 */
export function putPdfCopy(db: Store, documentId: string, url: string, pages: string[], options: PdfCopyOptions = {}): string {
  const sha256 = pdfSha(pages);
  const status = options.text ?? 'extracted';
  db.transaction(() => {
    db.prepare(
      `INSERT INTO attachment_copies (document_id, url, state, sha256, updated_at) VALUES (?, ?, 'stored', ?, ?)
       ON CONFLICT (document_id, url) DO UPDATE SET state = 'stored', sha256 = excluded.sha256`,
    ).run(documentId, url, sha256, AT);
    if (status === 'extracted') storeExtracted(db, sha256, pages);
    else if (status === 'failed') storeFailed(db, sha256, 'the file is damaged');
    else markPending(db, sha256);
  })();
  return sha256;
}

/** The sha256 these pages get as a version of a file (stands for the bytes' hash). */
export function pdfSha(pages: string[]): string {
  return createHash('sha256').update(JSON.stringify(pages)).digest('hex');
}

/** Where a quote starts in the PDF's whole text, and the selection the reader would send for it. */
export function pdfSelection(pages: string[], quote: string, url: string) {
  const { text, pageStarts } = documentText(pages);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`test PDF lacks ${quote}`);
  let page = 1;
  while (page < pageStarts.length && pageStarts[page]! <= start) page++;
  return { start, end: start + quote.length, exact: quote, file: { url, sha256: pdfSha(pages), page } };
}
