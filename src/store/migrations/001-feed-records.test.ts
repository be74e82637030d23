import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { openStore, type Store } from '../open';
import { MIGRATIONS } from './index';
import { dumpTables, insert, type Row } from './migration-fixtures';

const NOW = '2026-11-02T08:15:00Z';

function count(db: Store, table: string, where = '1'): number {
  return db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
}

function documentRow(id: string, extra: Row = {}): Row {
  return {
    id,
    source_id: 1,
    type: 'guideline',
    title: `Paper ${id}`,
    current_revision: 1,
    record_hash: `hash-${id}`,
    first_seen_at: NOW,
    changed_at: NOW,
    ...extra,
  };
}

function revisionRow(documentId: string, seq: number, text: string): Row {
  return {
    document_id: documentId,
    seq,
    content_html: `<p>${text}</p>`,
    content_text: text,
    content_hash: `content-${documentId}-${seq}`,
    received_at: NOW,
  };
}

let db: Store;

beforeEach(() => {
  db = openStore(':memory:', { migrateUpTo: 0 });
});

afterEach(() => {
  db.close();
});

describe('migration 001: feed records', () => {
  it('starts from an empty store: schema 0 has no tables to lose', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(dumpTables(db)).toEqual({});
  });

  it('sets user_version to 1 and creates the feed tables and their indexes', () => {
    expect(migrate(db, MIGRATIONS, 1)).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);

    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual([
      'agenda_item_documents',
      'agenda_items',
      'attachments',
      'contacts',
      'document_revisions',
      'documents',
      'feed_pages',
      'feed_subscriptions',
      'meetings',
      'sync_runs',
      'work_streams',
    ]);
    const indexes = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name`)
      .pluck()
      .all();
    expect(indexes).toEqual([
      'agenda_item_documents_by_document',
      'agenda_items_by_meeting',
      'documents_by_date',
      'meetings_by_start',
    ]);
    // Every table starts empty.
    expect(Object.values(dumpTables(db)).every((rows) => rows.length === 0)).toBe(true);
  });

  it('declares the foreign keys the sync relies on, deferred where the sync writes children first', () => {
    migrate(db, MIGRATIONS, 1);
    const keys = (table: string) =>
      (db.pragma(`foreign_key_list(${table})`) as { table: string; from: string; to: string; on_delete: string }[]).map(
        (k) => `${k.from} -> ${k.table}.${k.to} ${k.on_delete}`,
      );
    expect(keys('document_revisions')).toEqual(['document_id -> documents.id CASCADE']);
    expect(keys('attachments')).toEqual(['document_id -> documents.id CASCADE']);
    expect(keys('agenda_items').sort()).toEqual(['meeting_id -> meetings.id CASCADE', 'source_id -> feed_subscriptions.id SET NULL']);
    expect(keys('agenda_item_documents')).toEqual(['agenda_item_id -> agenda_items.id CASCADE']);
    expect(keys('feed_pages')).toEqual(['subscription_id -> feed_subscriptions.id CASCADE']);
    expect(keys('documents')).toEqual(['source_id -> feed_subscriptions.id SET NULL']);
    expect(keys('sync_runs')).toEqual(['subscription_id -> feed_subscriptions.id SET NULL']);
    // The schema text is the only place SQLite keeps DEFERRABLE: check it where the sync needs it.
    const sqlOf = (table: string) =>
      db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(table) as string;
    expect(sqlOf('document_revisions')).toMatch(/REFERENCES documents\(id\) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED/);
    expect(sqlOf('agenda_items')).toMatch(/REFERENCES meetings\(id\) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED/);
    expect(sqlOf('attachments')).not.toMatch(/DEFERRABLE/);
  });

  describe('once applied', () => {
    beforeEach(() => {
      migrate(db, MIGRATIONS, 1);
      insert(db, 'feed_subscriptions', { id: 1, url: 'https://nis-cg.example.eu/feed.json', public_key: 'MCowBQYDK2VwAyEA', added_at: NOW });
      insert(db, 'feed_subscriptions', { id: 2, url: 'file:///home/delegate/feeds/sample/feed.json', is_sample: 1, added_at: NOW });
      insert(db, 'feed_pages', { subscription_id: 1, url: 'https://nis-cg.example.eu/feed.json', sha256: 'abc', fetched_at: NOW });
      insert(db, 'feed_pages', { subscription_id: 1, url: 'https://nis-cg.example.eu/feed-2.json', sha256: 'def', fetched_at: NOW });
      insert(db, 'documents', documentRow('cg-2026-01', { reference: 'CG Publication 01/2026' }));
      insert(db, 'document_revisions', revisionRow('cg-2026-01', 1, 'First text of the guideline.'));
      insert(db, 'document_revisions', revisionRow('cg-2026-01', 2, 'Second text of the guideline.'));
      insert(db, 'attachments', { document_id: 'cg-2026-01', position: 0, url: 'https://nis-cg.example.eu/cg-2026-01.pdf', mime_type: 'application/pdf' });
      insert(db, 'meetings', {
        id: 'plenary-41', source_id: 1, title: '41st plenary', kind: 'plenary', starts_at: '2027-02-17T09:30:00+01:00',
        updated_at: NOW, record_hash: 'm', first_seen_at: NOW, changed_at: NOW,
      });
      insert(db, 'agenda_items', {
        id: 'plenary-41-3b', meeting_id: 'plenary-41', source_id: 1, number: '3.b', ord: 4, title: 'Supply chain toolbox',
        purpose: 'decision', updated_at: NOW, record_hash: 'a', first_seen_at: NOW, changed_at: NOW,
      });
      insert(db, 'agenda_item_documents', { agenda_item_id: 'plenary-41-3b', position: 0, document_id: 'cg-2026-01' });
      insert(db, 'agenda_item_documents', { agenda_item_id: 'plenary-41-3b', position: 1, document_id: 'not-yet-published' });
      insert(db, 'sync_runs', {
        started_at: NOW, finished_at: NOW, source: 'https://nis-cg.example.eu/feed.json', subscription_id: 1,
        outcome: 'applied', duration_ms: 420,
      });
    });

    it('fills the defaults: no tags, not a sample, empty counts', () => {
      expect(db.prepare(`SELECT tags FROM documents WHERE id = 'cg-2026-01'`).pluck().get()).toBe('[]');
      expect(db.prepare(`SELECT is_sample FROM feed_subscriptions WHERE id = 1`).pluck().get()).toBe(0);
      expect(db.prepare(`SELECT counts, pages, bytes FROM sync_runs`).get()).toEqual({ counts: '{}', pages: 0, bytes: 0 });
    });

    it('cascades a deleted document to its revisions and attachments', () => {
      db.prepare(`DELETE FROM documents WHERE id = 'cg-2026-01'`).run();
      expect(count(db, 'document_revisions')).toBe(0);
      expect(count(db, 'attachments')).toBe(0);
      // An agenda may still link it: no foreign key there, by design.
      expect(count(db, 'agenda_item_documents')).toBe(2);
    });

    it('cascades a deleted meeting to its agenda items and their document links', () => {
      db.prepare(`DELETE FROM meetings WHERE id = 'plenary-41'`).run();
      expect(count(db, 'agenda_items')).toBe(0);
      expect(count(db, 'agenda_item_documents')).toBe(0);
      expect(count(db, 'documents')).toBe(1);
    });

    it('forgets a removed subscription\'s pages but keeps its records and log, unlinked', () => {
      db.prepare(`DELETE FROM feed_subscriptions WHERE id = 1`).run();
      expect(count(db, 'feed_pages')).toBe(0);
      expect(db.prepare(`SELECT source_id FROM documents`).pluck().all()).toEqual([null]);
      expect(db.prepare(`SELECT source_id FROM meetings`).pluck().all()).toEqual([null]);
      expect(db.prepare(`SELECT source_id FROM agenda_items`).pluck().all()).toEqual([null]);
      expect(db.prepare(`SELECT subscription_id FROM sync_runs`).pluck().all()).toEqual([null]);
    });

    it('lets a revision be written before its document inside one transaction', () => {
      db.transaction(() => {
        insert(db, 'document_revisions', revisionRow('cg-2026-02', 1, 'Written before its document.'));
        insert(db, 'documents', documentRow('cg-2026-02'));
      })();
      expect(count(db, 'document_revisions', `document_id = 'cg-2026-02'`)).toBe(1);
    });

    it('refuses at commit a revision whose document never arrives, and writes nothing', () => {
      expect(() =>
        db.transaction(() => {
          insert(db, 'document_revisions', revisionRow('ghost', 1, 'No document for me.'));
        })(),
      ).toThrow(/FOREIGN KEY constraint failed/);
      expect(count(db, 'document_revisions', `document_id = 'ghost'`)).toBe(0);
    });

    it('lets an agenda item arrive before its meeting inside one transaction', () => {
      db.transaction(() => {
        insert(db, 'agenda_items', {
          id: 'plenary-42-1', meeting_id: 'plenary-42', number: '1', ord: 1, title: 'Adoption of the agenda',
          purpose: 'decision', updated_at: NOW, record_hash: 'a', first_seen_at: NOW, changed_at: NOW,
        });
        insert(db, 'meetings', {
          id: 'plenary-42', title: '42nd plenary', kind: 'plenary', starts_at: '2027-06-10T09:30:00+02:00',
          updated_at: NOW, record_hash: 'm', first_seen_at: NOW, changed_at: NOW,
        });
      })();
      expect(count(db, 'agenda_items', `meeting_id = 'plenary-42'`)).toBe(1);
    });

    it('refuses an attachment of an unknown document at once (that key is not deferred)', () => {
      expect(() =>
        insert(db, 'attachments', { document_id: 'ghost', position: 0, url: 'https://x.example/a.pdf', mime_type: 'application/pdf' }),
      ).toThrow(/FOREIGN KEY constraint failed/);
    });

    it('enforces unique ids, unique subscription URLs and the sync outcome values', () => {
      expect(() => insert(db, 'documents', documentRow('cg-2026-01'))).toThrow(/UNIQUE constraint failed: documents.id/);
      expect(() => insert(db, 'feed_subscriptions', { url: 'https://nis-cg.example.eu/feed.json', added_at: NOW })).toThrow(
        /UNIQUE constraint failed: feed_subscriptions.url/,
      );
      expect(() =>
        insert(db, 'document_revisions', revisionRow('cg-2026-01', 2, 'Same seq twice.')),
      ).toThrow(/UNIQUE constraint failed/);
      expect(() =>
        insert(db, 'sync_runs', { started_at: NOW, finished_at: NOW, source: 'x', outcome: 'partly', duration_ms: 1 }),
      ).toThrow(/CHECK constraint failed/);
      for (const outcome of ['applied', 'unchanged', 'rejected', 'failed']) {
        insert(db, 'sync_runs', { started_at: NOW, finished_at: NOW, source: 'x', outcome, duration_ms: 1 });
      }
      expect(count(db, 'sync_runs')).toBe(5);
    });

    it('requires the columns a record cannot do without', () => {
      expect(() => insert(db, 'documents', documentRow('no-title', { title: null }))).toThrow(/NOT NULL constraint failed: documents.title/);
      expect(() => insert(db, 'contacts', { id: 'c', name: 'A', roles: '[]', updated_at: NOW, record_hash: 'h', first_seen_at: NOW, changed_at: NOW })).toThrow(
        /NOT NULL constraint failed: contacts.country/,
      );
    });
  });
});
