// A PDF's text in the store: its state (file_texts) and its pages (pdf_pages, each indexed for
// search by migration 6's triggers). Whatever a file's text was before, one write replaces it
// whole, in one transaction, so search never sees half of a file's pages.
import type { Store } from '../store/open';
import type { PdfText } from '../api/types';
import { DeskError } from '../desk-error';
import { documentText } from './pdf-text';
import { inWriteTransaction } from '../store/transactions';

export type TextStatus = 'pending' | 'extracted' | 'failed';

export interface FileTextState {
  sha256: string;
  status: TextStatus;
  error: string | null;
  pageCount: number | null;
}

/** Says that this file's text is being read (its earlier text, if any, stays until replaced). */
export function markPending(db: Store, sha256: string, now = new Date()): void {
  db.prepare(
    `INSERT INTO file_texts (sha256, status, error, page_count, updated_at) VALUES (?, 'pending', NULL, NULL, ?)
     ON CONFLICT (sha256) DO UPDATE SET status = 'pending', error = NULL, updated_at = excluded.updated_at`,
  ).run(sha256, now.toISOString());
}

/** Keeps the pages' texts of this file, replacing any earlier ones. */
export function storeExtracted(db: Store, sha256: string, pages: readonly string[], now = new Date()): void {
  const { pageStarts } = documentText(pages);
  inWriteTransaction(db, () => {
    db.prepare(
      `INSERT INTO file_texts (sha256, status, error, page_count, updated_at) VALUES (?, 'extracted', NULL, ?, ?)
       ON CONFLICT (sha256) DO UPDATE SET status = 'extracted', error = NULL, page_count = excluded.page_count, updated_at = excluded.updated_at`,
    ).run(sha256, pages.length, now.toISOString());
    db.prepare('DELETE FROM pdf_pages WHERE sha256 = ?').run(sha256);
    const insert = db.prepare('INSERT INTO pdf_pages (sha256, page, start, text) VALUES (?, ?, ?, ?)');
    pages.forEach((text, i) => insert.run(sha256, i + 1, pageStarts[i], text));
  });
}

/** Says why this file's text cannot be read; any text it had is taken out of search. */
export function storeFailed(db: Store, sha256: string, error: string, now = new Date()): void {
  inWriteTransaction(db, () => {
    db.prepare(
      `INSERT INTO file_texts (sha256, status, error, page_count, updated_at) VALUES (?, 'failed', ?, NULL, ?)
       ON CONFLICT (sha256) DO UPDATE SET status = 'failed', error = excluded.error, page_count = NULL, updated_at = excluded.updated_at`,
    ).run(sha256, error, now.toISOString());
    db.prepare('DELETE FROM pdf_pages WHERE sha256 = ?').run(sha256);
  });
}

export function textState(db: Store, sha256: string): FileTextState | null {
  const row = db
    .prepare('SELECT sha256, status, error, page_count AS pageCount FROM file_texts WHERE sha256 = ?')
    .get(sha256) as FileTextState | undefined;
  return row ?? null;
}

/** The text of a stored PDF by page (the 'attachments.text' call): the reader anchors on it. */
export function readPdfText(db: Store, sha256: string): PdfText {
  const state = textState(db, sha256);
  if (!state) throw new DeskError('not_found', 'No text is known for this file: it has not been downloaded.');
  if (state.status === 'pending') throw new DeskError('failed', 'The text of this PDF is still being read. Try again in a moment.');
  if (state.status === 'failed') throw new DeskError('rejected', state.error ?? 'The text of this PDF could not be read.');
  const pages = db.prepare('SELECT text FROM pdf_pages WHERE sha256 = ? ORDER BY page').pluck().all(sha256) as string[];
  return { sha256, pages };
}
