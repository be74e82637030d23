// Writes the records of one validated page into the store. Runs inside the sync's transaction.
// A record whose digest did not change is not written at all, so an unchanged record keeps its
// row, its search entry and its `changed_at` untouched.
import type { Statement } from 'better-sqlite3';
import type { Store } from '../store/open';
import { cleanFeedHtml, cleanFeedText } from '../feed/clean-html';
import type { DocumentRecord, FeedPageRecords, RecordClaim } from '../feed/records';
import type { RecordKind, SyncCounts } from './counts';

interface Simple {
  table: RecordKind;
  columns: readonly string[];
}

const MEETINGS: Simple = {
  table: 'meetings',
  columns: ['title', 'description', 'kind', 'starts_at', 'ends_at', 'location', 'format', 'status', 'work_stream_id', 'chair', 'updated_at'],
};
const AGENDA_ITEMS: Simple = {
  table: 'agenda_items',
  columns: ['meeting_id', 'number', 'ord', 'title', 'purpose', 'description', 'lead', 'updated_at'],
};
const CONTACTS: Simple = {
  table: 'contacts',
  columns: ['name', 'organisation', 'roles', 'country', 'email', 'phone', 'url', 'updated_at'],
};
const WORK_STREAMS: Simple = { table: 'work_streams', columns: ['title', 'lead', 'description'] };
const DOCUMENT_COLUMNS = [
  'type', 'title', 'summary', 'url', 'reference', 'feed_revision', 'work_stream_id', 'status',
  'supersedes', 'language', 'tags', 'date_published', 'date_modified', 'current_revision',
] as const;

/**
 * The order a page's records must be written in (a work stream before the meetings that name it,
 * a meeting before its agenda items); applyPage follows it, and a page applied in parts
 * (spool.ts) sends its parts in it.
 */
export const WRITE_ORDER = ['workStreams', 'meetings', 'agendaItems', 'contacts', 'documents'] as const;

export class RecordWriter {
  private readonly statements = new Map<string, Statement>();
  /** Documents given a new revision by this sync: their annotations are re-anchored at the end. */
  readonly revisedDocuments = new Set<string>();

  constructor(
    private readonly db: Store,
    private readonly sourceId: number,
    private readonly now: string,
    readonly counts: SyncCounts,
  ) {}

  /** Counts the records a page's reading recognised byte for byte (read-page.ts readPageAgainst):
   *  unchanged, and not written. */
  recognised(claims: readonly RecordClaim[]): void {
    for (const c of claims) if (c.stored) this.counts[c.kind].unchanged++;
  }

  /** Writes the page's records in WRITE_ORDER. */
  applyPage(records: FeedPageRecords): void {
    for (const w of records.workStreams) this.upsert(WORK_STREAMS, w.id, w.recordHash, [w.title, w.lead, w.description]);
    for (const m of records.meetings) {
      this.upsert(MEETINGS, m.id, m.recordHash, [
        m.title, m.description, m.kind, m.startsAt, m.endsAt, m.location, m.format, m.status, m.workStreamId, m.chair, m.updatedAt,
      ]);
    }
    for (const a of records.agendaItems) {
      const written = this.upsert(AGENDA_ITEMS, a.id, a.recordHash, [
        a.meetingId, a.number, a.order, a.title, a.purpose, a.description, a.lead, a.updatedAt,
      ]);
      if (written) this.linkDocuments(a.id, a.documentIds);
    }
    for (const c of records.contacts) {
      this.upsert(CONTACTS, c.id, c.recordHash, [
        c.name, c.organisation, JSON.stringify(c.roles), c.country, c.email, c.phone, c.url, c.updatedAt,
      ]);
    }
    for (const d of records.documents) this.applyDocument(d);
  }

  /** Inserts or updates one record; returns whether anything was written. */
  private upsert(spec: Simple, id: string, hash: string, values: unknown[]): boolean {
    const existing = this.prepare(`SELECT record_hash AS hash, archived_at AS archived FROM ${spec.table} WHERE id = ?`).get(id) as
      | { hash: string; archived: string | null }
      | undefined;
    const counts = this.counts[spec.table];
    if (existing && existing.hash === hash && existing.archived === null) {
      counts.unchanged++;
      return false;
    }
    if (existing) {
      const sets = spec.columns.map((c) => `${c} = ?`).join(', ');
      this.prepare(
        `UPDATE ${spec.table} SET ${sets}, source_id = ?, record_hash = ?, archived_at = NULL, changed_at = ? WHERE id = ?`,
      ).run(...values, this.sourceId, hash, this.now, id);
      counts.updated++;
    } else {
      const cols = ['id', ...spec.columns, 'source_id', 'record_hash', 'first_seen_at', 'changed_at'];
      this.prepare(`INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
        id, ...values, this.sourceId, hash, this.now, this.now,
      );
      counts.added++;
    }
    return true;
  }

  private linkDocuments(agendaItemId: string, documentIds: string[]): void {
    this.prepare('DELETE FROM agenda_item_documents WHERE agenda_item_id = ?').run(agendaItemId);
    const insert = this.prepare('INSERT INTO agenda_item_documents (agenda_item_id, position, document_id) VALUES (?, ?, ?)');
    documentIds.forEach((documentId, position) => insert.run(agendaItemId, position, documentId));
  }

  private applyDocument(d: DocumentRecord): void {
    const existing = this.prepare(
      `SELECT d.record_hash AS hash, d.archived_at AS archived, d.current_revision AS revision, r.content_hash AS contentHash
       FROM documents d LEFT JOIN document_revisions r ON r.document_id = d.id AND r.seq = d.current_revision
       WHERE d.id = ?`,
    ).get(d.id) as { hash: string; archived: string | null; revision: number; contentHash: string | null } | undefined;
    const counts = this.counts.documents;
    if (existing && existing.hash === d.recordHash && existing.archived === null) {
      counts.unchanged++;
      return;
    }

    let revision = existing?.revision ?? 0;
    if (!existing || existing.contentHash !== d.contentHash) {
      revision += 1;
      this.revisedDocuments.add(d.id);
      // The revision goes in first (its foreign key is deferred), so the search index finds the
      // text when the document row is written just after.
      const content = d.contentHtml !== null ? cleanFeedHtml(d.contentHtml) : { html: null, text: cleanFeedText(d.contentText ?? '') };
      this.prepare(
        `INSERT INTO document_revisions (document_id, seq, feed_revision, content_html, content_text, content_hash, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(d.id, revision, d.feedRevision, content.html, content.text, d.contentHash, this.now);
    }

    const values = [
      d.type, d.title, d.summary, d.url, d.reference, d.feedRevision, d.workStreamId, d.status,
      d.supersedes, d.language, JSON.stringify(d.tags), d.datePublished, d.dateModified, revision,
    ];
    if (existing) {
      this.prepare(
        `UPDATE documents SET ${DOCUMENT_COLUMNS.map((c) => `${c} = ?`).join(', ')},
           source_id = ?, record_hash = ?, archived_at = NULL, changed_at = ? WHERE id = ?`,
      ).run(...values, this.sourceId, d.recordHash, this.now, d.id);
      counts.updated++;
    } else {
      const cols = ['id', ...DOCUMENT_COLUMNS, 'source_id', 'record_hash', 'first_seen_at', 'changed_at'];
      this.prepare(`INSERT INTO documents (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
        d.id, ...values, this.sourceId, d.recordHash, this.now, this.now,
      );
      counts.added++;
    }

    this.prepare('DELETE FROM attachments WHERE document_id = ?').run(d.id);
    const attach = this.prepare(
      'INSERT INTO attachments (document_id, position, url, mime_type, title, size_in_bytes, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    d.attachments.forEach((a, i) => attach.run(d.id, i, a.url, a.mimeType, a.title, a.sizeInBytes, a.sha256));
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}
