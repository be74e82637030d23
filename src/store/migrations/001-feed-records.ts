// The records the feed owns, the subscriptions they come from, and the log of sync runs.
//
// Every feed-owned table has an integer `key` besides its text `id`: the search index addresses
// rows by integer, and an explicit INTEGER PRIMARY KEY survives VACUUM (an implicit rowid need
// not). `record_hash` lets a sync skip records whose content did not change; `archived_at` marks
// a record the feed deleted while the delegate's own data still points at it.
import type { Migration } from './migration';

export const feedRecords: Migration = {
  version: 1,
  name: 'feed records',
  up: (db) => {
    db.exec(`
      CREATE TABLE feed_subscriptions (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        public_key TEXT,
        title TEXT,
        is_sample INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL,
        last_synced_at TEXT,
        last_outcome TEXT,
        last_error TEXT
      );

      -- What each page of a subscription looked like last time: for conditional requests, for
      -- skipping identical bytes, and for following the chain past a page that answered 304.
      CREATE TABLE feed_pages (
        subscription_id INTEGER NOT NULL REFERENCES feed_subscriptions(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        sha256 TEXT NOT NULL,
        next_url TEXT,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (subscription_id, url)
      );

      CREATE TABLE work_streams (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_id INTEGER REFERENCES feed_subscriptions(id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        lead TEXT,
        description TEXT,
        record_hash TEXT NOT NULL,
        archived_at TEXT,
        first_seen_at TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );

      CREATE TABLE documents (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_id INTEGER REFERENCES feed_subscriptions(id) ON DELETE SET NULL,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT,
        url TEXT,
        reference TEXT,
        feed_revision INTEGER,
        work_stream_id TEXT,
        status TEXT,
        supersedes TEXT,
        language TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        date_published TEXT,
        date_modified TEXT,
        current_revision INTEGER NOT NULL,
        record_hash TEXT NOT NULL,
        archived_at TEXT,
        first_seen_at TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX documents_by_date ON documents(coalesce(date_modified, date_published));

      -- Every content a document ever had. \`seq\` counts locally from 1; \`feed_revision\` is the
      -- publisher's number, when it gives one. Deferred so a revision can be written just before
      -- its document, which lets the search index read the text when the document row lands.
      CREATE TABLE document_revisions (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        seq INTEGER NOT NULL,
        feed_revision INTEGER,
        content_html TEXT,
        content_text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      );

      CREATE TABLE attachments (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        url TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        title TEXT,
        size_in_bytes INTEGER,
        sha256 TEXT,
        PRIMARY KEY (document_id, position)
      );

      CREATE TABLE meetings (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_id INTEGER REFERENCES feed_subscriptions(id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        description TEXT,
        kind TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT,
        location TEXT,
        format TEXT,
        status TEXT,
        work_stream_id TEXT,
        chair TEXT,
        updated_at TEXT NOT NULL,
        record_hash TEXT NOT NULL,
        archived_at TEXT,
        first_seen_at TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX meetings_by_start ON meetings(starts_at);

      -- Deferred: within one sync an agenda item may arrive on an earlier page than its meeting.
      CREATE TABLE agenda_items (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        source_id INTEGER REFERENCES feed_subscriptions(id) ON DELETE SET NULL,
        number TEXT NOT NULL,
        ord INTEGER NOT NULL,
        title TEXT NOT NULL,
        purpose TEXT NOT NULL,
        description TEXT,
        lead TEXT,
        updated_at TEXT NOT NULL,
        record_hash TEXT NOT NULL,
        archived_at TEXT,
        first_seen_at TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX agenda_items_by_meeting ON agenda_items(meeting_id, ord);

      -- No foreign key to documents: an agenda may link a paper that is not (yet) published.
      CREATE TABLE agenda_item_documents (
        agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL,
        document_id TEXT NOT NULL,
        PRIMARY KEY (agenda_item_id, position)
      );
      CREATE INDEX agenda_item_documents_by_document ON agenda_item_documents(document_id);

      CREATE TABLE contacts (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_id INTEGER REFERENCES feed_subscriptions(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        organisation TEXT,
        roles TEXT NOT NULL,
        country TEXT NOT NULL,
        email TEXT,
        phone TEXT,
        url TEXT,
        updated_at TEXT NOT NULL,
        record_hash TEXT NOT NULL,
        archived_at TEXT,
        first_seen_at TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );

      CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        source TEXT NOT NULL,
        subscription_id INTEGER REFERENCES feed_subscriptions(id) ON DELETE SET NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'unchanged', 'rejected', 'failed')),
        counts TEXT NOT NULL DEFAULT '{}',
        pages INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER NOT NULL,
        error TEXT
      );
    `);
  },
};
