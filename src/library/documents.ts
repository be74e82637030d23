// Reading the library: the papers the feeds brought, with their revisions and attachments.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import type { DocumentDetail, DocumentSummary } from '../api/types';
import { readMarkOf } from './read-state';

type DocumentRevision = DocumentDetail['revisions'][number];
type Attachment = DocumentDetail['attachments'][number];

const SUMMARY = `d.id, d.title, d.type, d.reference, d.current_revision AS revision,
  d.date_published AS datePublished, d.date_modified AS dateModified, d.archived_at IS NOT NULL AS archived,
  d.tags, d.work_stream_id AS workStreamId,
  (SELECT w.title FROM work_streams w WHERE w.id = d.work_stream_id) AS workStreamTitle, d.language, d.status, d.changed_at AS changedAt,
  (SELECT rs.revision FROM read_state rs WHERE rs.document_id = d.id) AS readRevision`;
type SummaryRow = Omit<DocumentSummary, 'archived' | 'tags' | 'readMark'> & { archived: number; tags: string };
function toSummary(r: SummaryRow): DocumentSummary {
  return {
    id: r.id, title: r.title, type: r.type, reference: r.reference, revision: r.revision,
    datePublished: r.datePublished, dateModified: r.dateModified, archived: Boolean(r.archived),
    tags: JSON.parse(r.tags) as string[], workStreamId: r.workStreamId, workStreamTitle: r.workStreamTitle, language: r.language,
    status: r.status, changedAt: r.changedAt, readMark: readMarkOf(r.readRevision, r.revision), readRevision: r.readRevision,
  };
}

export function listDocuments(db: Store, options: { includeArchived?: boolean; meetingId?: string } = {}): DocumentSummary[] {
  const rows = options.meetingId
    ? db
        .prepare(
          `SELECT DISTINCT ${SUMMARY} FROM agenda_items i
           JOIN agenda_item_documents l ON l.agenda_item_id = i.id
           JOIN documents d ON d.id = l.document_id
           WHERE i.meeting_id = ? AND (? OR d.archived_at IS NULL)
           ORDER BY coalesce(d.date_modified, d.date_published) DESC, d.title`,
        )
        .all(options.meetingId, options.includeArchived ? 1 : 0)
    : db
        .prepare(
          `SELECT ${SUMMARY} FROM documents d WHERE (? OR d.archived_at IS NULL)
           ORDER BY coalesce(d.date_modified, d.date_published) DESC, d.title`,
        )
        .all(options.includeArchived ? 1 : 0);
  return (rows as SummaryRow[]).map(toSummary);
}

// Ties keep the library's order.
const CHANGED_ORDER = 'changed_at DESC, coalesce(date_modified, date_published) DESC, title';

/** The papers the feeds changed since a moment, the most recent change first, at most `limit`
 *  of them; archived papers left out. */
export function listChangedDocuments(db: Store, since: string, limit: number): DocumentSummary[] {
  const rows = db
    .prepare(
      // The few rows are chosen first and only they are summarised: sorting the summaries of
      // every changed paper (all of them, after a first sync) made the dashboard 70 ms slower.
      `SELECT ${SUMMARY} FROM documents d WHERE d.rowid IN (
         SELECT rowid FROM documents WHERE archived_at IS NULL AND changed_at >= :since ORDER BY ${CHANGED_ORDER} LIMIT :limit)
       ORDER BY ${CHANGED_ORDER}`,
    )
    .all({ since, limit });
  return (rows as SummaryRow[]).map(toSummary);
}

export function getDocument(db: Store, id: string): DocumentDetail {
  const row = db
    .prepare(
      `SELECT ${SUMMARY}, d.summary, d.url, d.supersedes,
              r.content_html AS contentHtml, r.content_text AS contentText
       FROM documents d JOIN document_revisions r ON r.document_id = d.id AND r.seq = d.current_revision
       WHERE d.id = ?`,
    )
    .get(id) as (SummaryRow & Pick<DocumentDetail, 'summary' | 'url' | 'supersedes' | 'contentHtml' | 'contentText'>) | undefined;
  if (!row) throw new DeskError('not_found', `there is no document with id "${id}"`);
  return {
    ...toSummary(row),
    summary: row.summary,
    url: row.url,
    supersedes: row.supersedes,
    contentHtml: row.contentHtml,
    contentText: row.contentText,
    revisions: db
      .prepare(
        `SELECT seq, feed_revision AS feedRevision, received_at AS receivedAt
         FROM document_revisions WHERE document_id = ? ORDER BY seq`,
      )
      .all(id) as DocumentRevision[],
    attachments: db
      .prepare(
        `SELECT url, mime_type AS mimeType, title, size_in_bytes AS sizeInBytes, sha256
         FROM attachments WHERE document_id = ? ORDER BY position`,
      )
      .all(id) as Attachment[],
    meetings: db
      .prepare(
        `SELECT m.id, m.title, i.id AS agendaItemId, i.number FROM agenda_item_documents l
         JOIN agenda_items i ON i.id = l.agenda_item_id JOIN meetings m ON m.id = i.meeting_id
         WHERE l.document_id = ? ORDER BY m.starts_at, i.ord`,
      )
      .all(id) as DocumentDetail['meetings'],
    lastAnnotatedRevision: db
      .prepare('SELECT max(revision) FROM annotations WHERE document_id = ? AND deleted_at IS NULL')
      .pluck()
      .get(id) as number | null,
  };
}

/** The plain text of one revision (the current one by default). */
export function documentText(db: Store, id: string, revision?: number): { revision: number; text: string } {
  const row = db
    .prepare(
      `SELECT r.seq AS revision, r.content_text AS text FROM documents d
       JOIN document_revisions r ON r.document_id = d.id AND r.seq = coalesce(?, d.current_revision)
       WHERE d.id = ?`,
    )
    .get(revision ?? null, id) as { revision: number; text: string } | undefined;
  if (!row) throw new DeskError('not_found', `there is no document with id "${id}"`);
  return row;
}
