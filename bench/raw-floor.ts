// The floor a sync is measured against: the same pages fetched from the same server, parsed with
// JSON.parse, and their rows inserted into a store with the same schema (same tables, indexes and
// search triggers) in one transaction; with none of the sync's care: no validation, no HTML
// cleaning (the feed's HTML is stored, and indexed, as the text), no hashing, no page cache.
import type { Store } from '../src/store/open';

interface RawPage {
  next_url?: string;
  items: RawItem[];
  _delegation?: { meetings?: RawRecord[]; agenda_items?: RawRecord[]; contacts?: RawRecord[] };
}
type RawRecord = Record<string, unknown> & { id: string };
type RawItem = RawRecord & { _delegation?: Record<string, unknown>; attachments?: RawRecord[] };

export async function insertRawFeed(db: Store, firstPageUrl: string): Promise<{ pages: number; rows: number }> {
  const now = new Date().toISOString();
  const insert = {
    revision: db.prepare(
      `INSERT INTO document_revisions (document_id, seq, feed_revision, content_html, content_text, content_hash, received_at)
       VALUES (?, 1, ?, ?, ?, '', ?)`,
    ),
    document: db.prepare(
      `INSERT INTO documents (id, type, title, summary, url, reference, feed_revision, work_stream_id, status, supersedes,
         language, tags, date_published, date_modified, current_revision, record_hash, first_seen_at, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, '', ?, ?)`,
    ),
    attachment: db.prepare(
      'INSERT INTO attachments (document_id, position, url, mime_type, title, size_in_bytes, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    meeting: db.prepare(
      `INSERT INTO meetings (id, title, kind, starts_at, ends_at, location, format, status, work_stream_id, chair, updated_at,
         record_hash, first_seen_at, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ),
    agendaItem: db.prepare(
      `INSERT INTO agenda_items (id, meeting_id, number, ord, title, purpose, description, lead, updated_at,
         record_hash, first_seen_at, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ),
    agendaDocument: db.prepare('INSERT INTO agenda_item_documents (agenda_item_id, position, document_id) VALUES (?, ?, ?)'),
    contact: db.prepare(
      `INSERT INTO contacts (id, name, organisation, roles, country, email, phone, url, updated_at,
         record_hash, first_seen_at, changed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ),
  };
  const v = (value: unknown) => (value === undefined ? null : value);
  let pages = 0;
  let rows = 0;

  // A manual transaction, so pages can be fetched between inserts without holding them all.
  db.exec('BEGIN');
  try {
    let url: string | null = firstPageUrl;
    while (url !== null) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const page = JSON.parse(Buffer.from(await response.arrayBuffer()).toString('utf8')) as RawPage;
      pages++;
      for (const item of page.items) {
        const ext = item._delegation ?? {};
        insert.revision.run(item.id, v(ext.revision), v(item.content_html), item.content_html ?? item.content_text ?? '', now);
        insert.document.run(
          item.id, ext.type ?? 'news', item.title ?? '', v(item.summary), v(item.url), v(ext.reference), v(ext.revision),
          v(ext.work_stream), v(ext.status), v(ext.supersedes), v(item.language), JSON.stringify(item.tags ?? []),
          v(item.date_published), v(item.date_modified), now, now,
        );
        (item.attachments ?? []).forEach((a, i) =>
          insert.attachment.run(item.id, i, a.url, a.mime_type, v(a.title), v(a.size_in_bytes), v((a._delegation as { sha256?: string } | undefined)?.sha256)),
        );
        rows++;
      }
      for (const m of page._delegation?.meetings ?? []) {
        insert.meeting.run(m.id, m.title, m.kind, m.starts_at, v(m.ends_at), v(m.location), v(m.format), v(m.status), v(m.work_stream), v(m.chair), m.updated_at, now, now);
        rows++;
      }
      for (const a of page._delegation?.agenda_items ?? []) {
        insert.agendaItem.run(a.id, a.meeting_id, a.number, a.order, a.title, a.purpose, v(a.description), v(a.lead), a.updated_at, now, now);
        ((a.document_ids as string[] | undefined) ?? []).forEach((documentId, i) => insert.agendaDocument.run(a.id, i, documentId));
        rows++;
      }
      for (const c of page._delegation?.contacts ?? []) {
        insert.contact.run(c.id, c.name, v(c.organisation), JSON.stringify(c.roles), c.country, v(c.email), v(c.phone), v(c.url), c.updated_at, now, now);
        rows++;
      }
      url = page.next_url === undefined ? null : new URL(page.next_url, url).href;
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return { pages, rows };
}
