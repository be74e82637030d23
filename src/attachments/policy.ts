// Which attachments each feed's policy keeps on the device, by itself (the delegate's "download
// now" goes beyond it, and "remove local copy" is never undone by it):
// - 'upcoming' (the default): the papers on the agendas of meetings not yet over, the next meeting
//   first (it is the one to prepare), as long as they fit in the feed's budget;
// - 'all': every attachment of every paper of the feed;
// - 'on_open': none here; a paper's attachments are fetched when the delegate opens it;
// - 'never': none.
import type { Store } from '../store/open';
import type { AttachmentPolicy } from '../api/types';
import { isUpcoming } from '../exports/ics';

export interface WantedAttachment {
  documentId: string;
  url: string;
  /** Where its copy stands now (null: none yet), so planning writes only what changes. */
  copyState: string | null;
  /** The copy holds an older version than the feed lists, and no try of the new one is due or failed. */
  renewable: number;
}

interface Candidate extends WantedAttachment {
  sourceId: number;
  /** The feed's size, else the stored copy's, else unknown (counted as nothing until known). */
  size: number | null;
  /** The delegate removed it, or it failed for good: no policy brings it back by itself. */
  setAside: number;
}

interface Feed {
  id: number;
  policy: AttachmentPolicy;
  budget: number;
}

const CANDIDATE = `a.document_id AS documentId, a.url, d.source_id AS sourceId,
  coalesce(a.size_in_bytes, f.size_in_bytes) AS size,
  coalesce(c.state IN ('removed', 'failed'), 0) AS setAside, c.state AS copyState,
  coalesce(c.state = 'stored' AND a.sha256 IS NOT NULL AND lower(a.sha256) != c.sha256
    AND c.next_attempt_at IS NULL AND c.error IS NULL, 0) AS renewable`;
const JOIN_COPIES = `LEFT JOIN attachment_copies c ON c.document_id = a.document_id AND c.url = a.url
  LEFT JOIN stored_files f ON f.sha256 = c.sha256`;

export function wantedAttachments(db: Store, now: Date = new Date()): WantedAttachment[] {
  const feeds = db
    .prepare('SELECT id, attachment_policy AS policy, attachment_budget_bytes AS budget FROM feed_subscriptions')
    .all() as Feed[];
  const wanted: WantedAttachment[] = [];
  for (const feed of feeds) {
    if (feed.policy === 'all') wanted.push(...allOf(db, feed.id));
    if (feed.policy === 'upcoming') wanted.push(...upcomingOf(db, feed, now));
  }
  return wanted;
}

function allOf(db: Store, sourceId: number): WantedAttachment[] {
  const rows = db
    .prepare(
      `SELECT ${CANDIDATE} FROM documents d JOIN attachments a ON a.document_id = d.id ${JOIN_COPIES}
       WHERE d.source_id = ? AND d.archived_at IS NULL
       ORDER BY coalesce(d.date_modified, d.date_published) DESC, d.id, a.position`,
    )
    .all(sourceId) as Candidate[];
  return rows.filter((r) => !r.setAside).map(ref);
}

function upcomingOf(db: Store, feed: Feed, now: Date): WantedAttachment[] {
  const rows = db
    .prepare(
      `SELECT ${CANDIDATE}, m.starts_at AS startsAt, m.ends_at AS endsAt
       FROM meetings m
       JOIN agenda_items i ON i.meeting_id = m.id AND i.archived_at IS NULL
       JOIN agenda_item_documents l ON l.agenda_item_id = i.id
       JOIN documents d ON d.id = l.document_id AND d.archived_at IS NULL
       JOIN attachments a ON a.document_id = d.id
       ${JOIN_COPIES}
       WHERE d.source_id = ? AND m.archived_at IS NULL AND coalesce(m.status, '') != 'cancelled'
       ORDER BY m.starts_at, m.id, i.ord, l.position, a.position`,
    )
    .all(feed.id) as (Candidate & { startsAt: string; endsAt: string | null })[];
  const seen = new Set<string>();
  const wanted: WantedAttachment[] = [];
  let spent = 0;
  for (const row of rows) {
    const key = `${row.documentId}\n${row.url}`;
    if (seen.has(key) || row.setAside || !isUpcoming(row.startsAt, row.endsAt, now)) continue;
    seen.add(key);
    // One that does not fit is skipped, not the end: a smaller paper further on may still fit.
    if (spent + (row.size ?? 0) > feed.budget) continue;
    spent += row.size ?? 0;
    wanted.push(ref(row));
  }
  return wanted;
}

const ref = (row: Candidate): WantedAttachment => ({ documentId: row.documentId, url: row.url, copyState: row.copyState, renewable: row.renewable });
