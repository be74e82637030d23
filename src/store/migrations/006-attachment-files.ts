// The papers themselves (issue 6): attachments kept on the device, the text of stored PDFs in
// the search index, and annotations made in a PDF.
//
// - `feed_subscriptions.attachment_policy`: which attachments a sync fetches for offline use —
//   'upcoming' (the default: those of documents linked to meetings not yet over, within
//   `attachment_budget_bytes`), 'all', 'on_open' (only when the delegate opens one), 'never'.
// - `stored_files`: a file kept in the data folder, named by its sha256 and nothing else (no name
//   or path from a feed ever reaches the disk). A row exists exactly while the bytes are there.
// - `attachment_copies`: the local copy of one attachment of one document, by (document, url),
//   because the feed's `attachments` rows are replaced on every revision of a document. It says
//   what a delegate wants to know: stored (and as which file), waiting, downloading (how far),
//   failed (why), or removed by the delegate (so no policy fetches it again by itself; the row
//   keeps the sha256 it held, so the text of that file is still found in its paper).
// - `file_texts` / `pdf_pages`: the text of a PDF, by file and page, extracted in the core. It
//   is kept when the delegate removes the bytes, so search and re-anchoring still work. Each page
//   is indexed for search with kind code 0 (rowid = key * 8, the one code migration 3 left free).
// - `annotations.file`: an annotation made in a PDF says (as JSON, the record's `file` field) which
//   attachment (url), which version of it (sha256) and which page; its selectors are over the PDF's whole text (the pages' texts
//   joined as src/pdf/pdf-text.ts says). `annotation_anchors` says where it sits in the current
//   version of that file.
import type { Migration } from './migration';

export const attachmentFiles: Migration = {
  version: 6,
  name: 'attachment files',
  up: (db) => {
    db.exec(`
      ALTER TABLE feed_subscriptions ADD COLUMN attachment_policy TEXT NOT NULL DEFAULT 'upcoming'
        CHECK (attachment_policy IN ('upcoming', 'all', 'on_open', 'never'));
      ALTER TABLE feed_subscriptions ADD COLUMN attachment_budget_bytes INTEGER NOT NULL DEFAULT 524288000;

      CREATE TABLE stored_files (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size_in_bytes INTEGER NOT NULL,
        mime_type TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );

      CREATE TABLE attachment_copies (
        document_id TEXT NOT NULL,
        url TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'downloading', 'stored', 'failed', 'removed')),
        sha256 TEXT,
        bytes_received INTEGER NOT NULL DEFAULT 0,
        bytes_total INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        next_attempt_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (document_id, url),
        -- A removed copy keeps the sha256 it held: its text stays findable, linked to its paper.
        CHECK (state <> 'stored' OR sha256 IS NOT NULL)
      );
      CREATE INDEX attachment_copies_by_file ON attachment_copies(sha256);

      CREATE TABLE file_texts (
        sha256 TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('pending', 'extracted', 'failed')),
        error TEXT,
        page_count INTEGER,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE pdf_pages (
        key INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES file_texts(sha256) ON DELETE CASCADE,
        page INTEGER NOT NULL CHECK (page >= 1),
        start INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (sha256, page)
      );

      CREATE TRIGGER pdf_pages_index_insert AFTER INSERT ON pdf_pages BEGIN
        INSERT INTO search_index(rowid, kind, ref, title, body) VALUES (NEW.key * 8, 'pdf_page', NEW.sha256 || '#' || NEW.page, '', NEW.text);
      END;
      CREATE TRIGGER pdf_pages_index_update AFTER UPDATE OF text ON pdf_pages BEGIN
        DELETE FROM search_index WHERE rowid = OLD.key * 8;
        INSERT INTO search_index(rowid, kind, ref, title, body) VALUES (NEW.key * 8, 'pdf_page', NEW.sha256 || '#' || NEW.page, '', NEW.text);
      END;
      CREATE TRIGGER pdf_pages_index_delete AFTER DELETE ON pdf_pages BEGIN
        DELETE FROM search_index WHERE rowid = OLD.key * 8;
      END;

      ALTER TABLE annotations ADD COLUMN file TEXT CHECK (file IS NULL OR json_valid(file));
      ALTER TABLE annotation_anchors ADD COLUMN sha256 TEXT;
      ALTER TABLE annotation_anchors ADD COLUMN page INTEGER;
    `);
  },
};
