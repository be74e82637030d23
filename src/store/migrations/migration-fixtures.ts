// Test support for the migration tests: a store filled as a real sync and a delegate leave it,
// and a dump of every row, to prove a migration lost nothing.
import { migrate } from '../migrate';
import { openStore, type Store } from '../open';
import { MIGRATIONS } from './index';
import { inWriteTransaction } from '../transactions';

export type Row = Record<string, unknown>;

export const T0 = '2026-10-01T09:00:00Z';
export const T1 = '2026-11-02T08:15:00Z';

/** Every table's rows (FTS shadow tables aside), ordered by rowid. */
export function dumpTables(db: Store): Record<string, Row[]> {
  const entries = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as { name: string; sql: string }[];
  const virtual = entries.filter((e) => /^CREATE VIRTUAL TABLE/i.test(e.sql)).map((e) => e.name);
  const out: Record<string, Row[]> = {};
  for (const { name } of entries) {
    if (virtual.some((v) => name.startsWith(`${v}_`))) continue;
    out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Row[];
  }
  return out;
}

export function schemaObjects(db: Store): Row[] {
  return db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all() as Row[];
}

export function insert(db: Store, table: string, row: Row): void {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

/** A store at schema 1 as a real sync leaves it: two subscriptions, papers with revisions and attachments, a meeting with its agenda. */
export function fillSchema1(db: Store): void {
  // One transaction, as a sync writes: revisions go in just before their document.
  inWriteTransaction(db, () => fillSchema1Rows(db));
}

function fillSchema1Rows(db: Store): void {
  insert(db, 'feed_subscriptions', {
    id: 1, url: 'https://nis-cg.example.eu/feed.json', public_key: 'MCowBQYDK2VwAyEAq1w2e3r4t5y6u7i8o9p0', title: 'NIS Cooperation Group',
    added_at: T0, last_synced_at: T1, last_outcome: 'applied', last_error: null,
  });
  insert(db, 'feed_subscriptions', {
    id: 2, url: 'file:///home/delegate/Delegate%20Desk/sample/feed.json', title: 'Sample feed', is_sample: 1,
    added_at: T0, last_synced_at: T0, last_outcome: 'rejected', last_error: 'page 2 (…): items[3].date_published: not an RFC 3339 date',
  });
  insert(db, 'feed_pages', {
    subscription_id: 1, url: 'https://nis-cg.example.eu/feed.json', etag: '"5f1c-9a"', last_modified: 'Mon, 02 Nov 2026 08:00:00 GMT',
    sha256: 'b3a1c0ffee', next_url: 'https://nis-cg.example.eu/feed-2.json', fetched_at: T1,
  });
  insert(db, 'feed_pages', { subscription_id: 1, url: 'https://nis-cg.example.eu/feed-2.json', sha256: 'c0ffeeb3a1', fetched_at: T1 });
  insert(db, 'work_streams', {
    id: 'ws-supply-chain', source_id: 1, title: 'Supply chain security', lead: 'NL, FR', description: 'Toolbox follow-up.',
    record_hash: 'w1', first_seen_at: T0, changed_at: T0,
  });
  insert(db, 'work_streams', {
    id: 'ws-5g', source_id: 1, title: '5G security', lead: null, description: null, record_hash: 'w2',
    archived_at: T1, first_seen_at: T0, changed_at: T1,
  });
  insert(db, 'document_revisions', {
    document_id: 'cg-2026-01', seq: 1, feed_revision: 1, content_html: '<p>Réseau et systèmes d’information: first draft.</p>',
    content_text: 'Réseau et systèmes d’information: first draft.', content_hash: 'h-1', received_at: T0,
  });
  insert(db, 'document_revisions', {
    document_id: 'cg-2026-01', seq: 2, feed_revision: 3, content_html: '<h2>Scope</h2><p>Incident notification thresholds.</p>',
    content_text: 'Scope\nIncident notification thresholds.', content_hash: 'h-2', received_at: T1,
  });
  insert(db, 'documents', {
    id: 'cg-2026-01', source_id: 1, type: 'guideline', title: 'Guidelines on incident notification', summary: 'Thresholds under Art. 23.',
    url: 'https://nis-cg.example.eu/papers/cg-2026-01', reference: 'CG Publication 01/2026', feed_revision: 3,
    work_stream_id: 'ws-supply-chain', status: 'published', supersedes: 'cg-2020-01', language: 'en', tags: '["incidents","art-23"]',
    date_published: '2026-03-05T09:30:00+01:00', date_modified: '2026-10-30T17:00:00+01:00', current_revision: 2,
    record_hash: 'd1', first_seen_at: T0, changed_at: T1,
  });
  insert(db, 'document_revisions', {
    document_id: 'news-17', seq: 1, content_html: null, content_text: 'Η Ομάδα Συνεργασίας συνεδρίασε. Група за сътрудничество. Le réseau des CSIRT.',
    content_hash: 'h-3', received_at: T0,
  });
  insert(db, 'documents', {
    id: 'news-17', source_id: 2, type: 'news', title: 'Νέα / Новини', current_revision: 1, record_hash: 'd2',
    archived_at: T1, first_seen_at: T0, changed_at: T1,
  });
  insert(db, 'attachments', {
    document_id: 'cg-2026-01', position: 0, url: 'https://nis-cg.example.eu/papers/cg-2026-01.pdf', mime_type: 'application/pdf',
    title: 'Full text (PDF)', size_in_bytes: 3_481_223, sha256: 'a'.repeat(64),
  });
  insert(db, 'attachments', {
    document_id: 'cg-2026-01', position: 1, url: 'https://nis-cg.example.eu/papers/cg-2026-01-annex.xlsx',
    mime_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  insert(db, 'meetings', {
    id: 'plenary-41', source_id: 1, title: '41st plenary meeting', description: 'Hybrid meeting hosted by the Presidency.',
    kind: 'plenary', starts_at: '2027-02-17T09:30:00+01:00', ends_at: '2027-02-18T13:00:00+01:00', location: 'Brussels',
    format: 'hybrid', status: 'confirmed', work_stream_id: null, chair: 'Presidency', updated_at: T1, record_hash: 'm1',
    first_seen_at: T0, changed_at: T1,
  });
  insert(db, 'meetings', {
    id: 'ws-sc-12', source_id: 1, title: 'Supply chain WS, 12th meeting', kind: 'work_stream', starts_at: '2026-12-03T14:00:00Z',
    format: 'remote', status: 'postponed', work_stream_id: 'ws-supply-chain', updated_at: T0, record_hash: 'm2', first_seen_at: T0, changed_at: T0,
  });
  insert(db, 'agenda_items', {
    id: 'plenary-41-1', meeting_id: 'plenary-41', source_id: 1, number: '1', ord: 1, title: 'Adoption of the agenda',
    purpose: 'decision', updated_at: T1, record_hash: 'a1', first_seen_at: T0, changed_at: T1,
  });
  insert(db, 'agenda_items', {
    id: 'plenary-41-3b', meeting_id: 'plenary-41', source_id: 1, number: '3.b', ord: 4, title: 'Incident notification guidelines',
    purpose: 'discussion', description: 'Presentation of the revised draft.', lead: 'ENISA', updated_at: T1, record_hash: 'a2',
    first_seen_at: T0, changed_at: T1,
  });
  insert(db, 'agenda_item_documents', { agenda_item_id: 'plenary-41-3b', position: 0, document_id: 'cg-2026-01' });
  insert(db, 'agenda_item_documents', { agenda_item_id: 'plenary-41-3b', position: 1, document_id: 'cg-2026-09-not-published' });
  insert(db, 'contacts', {
    id: 'cert-fr', source_id: 1, name: 'CERT-FR', organisation: 'ANSSI', roles: '["csirt","spoc"]', country: 'FR',
    email: 'cert-fr@ssi.gouv.example', phone: '+33 1 00 00 00 00', url: 'https://cert.ssi.gouv.example', updated_at: T0,
    record_hash: 'c1', first_seen_at: T0, changed_at: T0,
  });
  insert(db, 'contacts', {
    id: 'bg-nca', source_id: 1, name: 'Министерство на електронното управление', roles: '["nca"]', country: 'BG',
    updated_at: T0, record_hash: 'c2', first_seen_at: T0, changed_at: T0,
  });
  insert(db, 'sync_runs', {
    started_at: T0, finished_at: T0, source: 'file:///home/delegate/Delegate%20Desk/sample/feed.json', subscription_id: 2,
    outcome: 'rejected', counts: '{}', pages: 1, bytes: 2048, duration_ms: 31, error: 'not an RFC 3339 date',
  });
  insert(db, 'sync_runs', {
    started_at: T1, finished_at: T1, source: 'https://nis-cg.example.eu/feed.json', subscription_id: 1, outcome: 'applied',
    counts: '{"documents":{"added":2}}', pages: 2, bytes: 91_344, duration_ms: 812, error: null,
  });
}

/** The delegate's own records at schema 2. */
export function fillSchema2(db: Store): void {
  insert(db, 'annotations', {
    id: 'ann-thresholds', document_id: 'cg-2026-01', revision: 2, exact: 'notification thresholds', prefix: 'Incident ',
    suffix: '.', start: 15, end: 38, note: 'Compare with the national transposition decree.', color: 'green',
    tags: '["transposition","art-23"]', status: 'anchored', created_at: T1, updated_at: T1,
  });
  insert(db, 'annotations', {
    id: 'ann-orphan', document_id: 'withdrawn-paper', revision: 1, exact: 'lost quote', note: 'Orphaned after withdrawal.',
    status: 'orphaned', created_at: T0, updated_at: T1,
  });
  insert(db, 'positions', {
    id: 'pos-3b', agenda_item_id: 'plenary-41-3b', status: 'in_coordination', line_to_take: 'Support the revised thresholds.',
    speaking_points: 'Welcome the alignment with sectoral rules.', red_lines: 'No notification within one hour.',
    fallback: 'Accept six hours for significant incidents.', background: 'Ministry of Interior consulted.',
    owner: 'M. Dupont', due_date: '2027-02-10', created_at: T1, updated_at: T1,
  });
  insert(db, 'notes', {
    id: 'note-plenary', subject_type: 'meeting', subject_id: 'plenary-41', body: 'Book the Berlaymont side room.',
    created_at: T1, updated_at: T1,
  });
  insert(db, 'notes', {
    id: 'note-cert', subject_type: 'contact', subject_id: 'cert-fr', body: 'Duty officer answers around the clock.',
    created_at: T1, updated_at: T1,
  });
  insert(db, 'read_state', { document_id: 'cg-2026-01', revision: 1, read_at: T1 });
  insert(db, 'read_state', { document_id: 'news-17', revision: 1, read_at: T0 });
}

/** A store filled at schemas 1 and 2 (a sync and a delegate's work), then migrated up to `version`. */
export function filledStoreAt(version: number): Store {
  const db = openStore(':memory:', { migrateUpTo: 4 });
  fillSchema1(db);
  fillSchema2(db);
  migrate(db, MIGRATIONS, version);
  return db;
}
