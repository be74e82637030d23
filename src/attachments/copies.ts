// Reading the local copies of attachments: each attachment a feed lists for a paper, with where
// its copy on the device stands, and the text of a stored PDF.
//
// A copy that is stored but whose feed now lists another sha256 is stale: it stays 'stored' (the
// delegate can still read the version they have) until the new version is in, and its
// `next_attempt_at` says when the new version is due (NULL: not wanted, or given up on: `error`).
import type { Store } from '../store/open';
import type { AttachmentCopy, CopyState } from '../api/types';
import { DeskError } from '../desk-error';
import { FILES_FOLDER } from './file-store';

export interface AttachmentRef {
  documentId: string;
  url: string;
}

/** What a download of one attachment needs to know. */
export interface AttachmentTarget extends AttachmentRef {
  title: string | null;
  mimeType: string;
  sha256: string | null;
  sizeInBytes: number | null;
  /** The feed the paper came from (its URL), if it is still followed. */
  feedUrl: string | null;
  state: CopyState;
  storedSha256: string | null;
  attempts: number;
}

interface Row {
  documentId: string;
  url: string;
  mimeType: string;
  title: string | null;
  sizeInBytes: number | null;
  sha256: string | null;
  state: Exclude<CopyState, 'absent'> | null;
  storedSha256: string | null;
  bytesReceived: number | null;
  bytesTotal: number | null;
  error: string | null;
  nextAttemptAt: string | null;
  textStatus: 'pending' | 'extracted' | 'failed' | null;
  pageCount: number | null;
  textError: string | null;
}

const SELECT = `SELECT a.document_id AS documentId, a.url, a.mime_type AS mimeType, a.title,
    a.size_in_bytes AS sizeInBytes, a.sha256, c.state, CASE c.state WHEN 'stored' THEN c.sha256 END AS storedSha256,
    c.bytes_received AS bytesReceived, c.bytes_total AS bytesTotal, c.error, c.next_attempt_at AS nextAttemptAt,
    t.status AS textStatus, t.page_count AS pageCount, t.error AS textError
  FROM attachments a
  LEFT JOIN attachment_copies c ON c.document_id = a.document_id AND c.url = a.url
  LEFT JOIN file_texts t ON t.sha256 = c.sha256`;

/** Every attachment of a paper, or of every paper, in the feed's order. */
export function listCopies(db: Store, documentId?: string): AttachmentCopy[] {
  if (documentId !== undefined && !db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) {
    throw new DeskError('not_found', `there is no paper with id ${documentId}`);
  }
  const rows = (
    documentId === undefined
      ? db.prepare(`${SELECT} ORDER BY a.document_id, a.position`).all()
      : db.prepare(`${SELECT} WHERE a.document_id = ? ORDER BY a.position`).all(documentId)
  ) as Row[];
  return rows.map(toCopy);
}

export function getCopy(db: Store, ref: AttachmentRef): AttachmentCopy {
  // The same url twice on one paper is one copy: the first listing of it speaks for both.
  const row = db.prepare(`${SELECT} WHERE a.document_id = ? AND a.url = ? ORDER BY a.position LIMIT 1`).get(ref.documentId, ref.url) as Row | undefined;
  if (!row) throw notAnAttachment(ref);
  return toCopy(row);
}

export function getTarget(db: Store, ref: AttachmentRef): AttachmentTarget {
  const row = db
    .prepare(
      `SELECT a.document_id AS documentId, a.url, a.title, a.mime_type AS mimeType, a.sha256, a.size_in_bytes AS sizeInBytes,
         s.url AS feedUrl, coalesce(c.state, 'absent') AS state, CASE c.state WHEN 'stored' THEN c.sha256 END AS storedSha256, coalesce(c.attempts, 0) AS attempts
       FROM attachments a JOIN documents d ON d.id = a.document_id
       LEFT JOIN feed_subscriptions s ON s.id = d.source_id
       LEFT JOIN attachment_copies c ON c.document_id = a.document_id AND c.url = a.url
       WHERE a.document_id = ? AND a.url = ? ORDER BY a.position LIMIT 1`,
    )
    .get(ref.documentId, ref.url) as AttachmentTarget | undefined;
  if (!row) throw notAnAttachment(ref);
  return row;
}

function notAnAttachment(ref: AttachmentRef): DeskError {
  return new DeskError('not_found', `the paper ${ref.documentId} has no attachment at ${ref.url}`);
}

function toCopy(row: Row): AttachmentCopy {
  const stored = row.state === 'stored' ? row.storedSha256 : null;
  return {
    documentId: row.documentId,
    url: row.url,
    mimeType: row.mimeType,
    title: row.title,
    sizeInBytes: row.sizeInBytes,
    sha256: row.sha256,
    state: row.state ?? 'absent',
    storedSha256: stored,
    localUrl: stored ? `${FILES_FOLDER}/${stored}` : null,
    bytesReceived: row.bytesReceived ?? 0,
    bytesTotal: row.bytesTotal ?? row.sizeInBytes,
    error: row.error,
    nextAttemptAt: row.nextAttemptAt,
    text: row.textStatus && stored ? { status: row.textStatus, pageCount: row.pageCount, error: row.textError } : null,
  };
}
