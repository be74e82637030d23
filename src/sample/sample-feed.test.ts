// The sample feed as a store sees it: loaded once into an empty store, offline, and removable in
// one step without losing anything the delegate wrote.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { annotateQuote, listAnnotations } from '../annotations/annotations';
import { closeStore, openStore, type Store } from '../store/open';
import { listSubscriptions, saveSubscription, sourceUrl } from '../sync/subscriptions';
import { syncSource } from '../sync/sync';
import { hasSample, isEmptyStore, loadSample, removeSample, sampleFeedFolder, seedIfEmpty } from './sample-feed';

const NOW = '2026-05-01T10:00:00Z';
const TABLES = ['documents', 'meetings', 'agenda_items', 'contacts', 'work_streams'] as const;

let dir: string;
const stores: Store[] = [];

function newStore(): Store {
  const db = openStore(join(dir, `store-${stores.length}.db`));
  stores.push(db);
  return db;
}

function count(db: Store, table: string, where = '1'): number {
  return db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
}

function ids(db: Store, table: string): string[] {
  return db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
}

/** Everything in the feed-owned tables, for "nothing changed" comparisons. */
function snapshot(db: Store) {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
}

/** A second feed with ids of its own, from another publisher. */
function writeOtherFeed(): string {
  const path = join(dir, 'other-feed.json');
  writeFileSync(
    path,
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Another feed',
      items: [{ id: 'other-doc', title: 'A paper from elsewhere', content_text: 'Other text.', date_published: NOW }],
      _delegation: {
        schema: 1,
        meetings: [{ id: 'other-mtg', title: 'Another meeting', kind: 'other', starts_at: NOW, updated_at: NOW }],
        agenda_items: [
          { id: 'other-ai', meeting_id: 'other-mtg', number: '1', order: 1, title: 'Item', purpose: 'information', updated_at: NOW },
        ],
        contacts: [{ id: 'other-contact', name: 'Other CSIRT', roles: ['csirt'], country: 'MT', updated_at: NOW }],
        work_streams: [{ id: 'other-ws', title: 'Other work stream' }],
      },
    }),
  );
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-sample-'));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

afterAll(() => {
  for (const db of stores) closeStore(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('seedIfEmpty', () => {
  it('loads the sample into an empty store and marks its feed as the sample', async () => {
    const db = newStore();
    expect(isEmptyStore(db)).toBe(true);
    expect(hasSample(db)).toBe(false);

    const result = await seedIfEmpty(db);
    expect(result?.status).toBe('applied');
    expect(result?.counts.documents.added).toBe(14);
    expect(result?.counts.meetings.added).toBe(2);

    expect(count(db, 'meetings')).toBe(2);
    expect(count(db, 'documents')).toBe(14);
    expect(count(db, 'agenda_items')).toBeGreaterThanOrEqual(8);
    expect(count(db, 'contacts')).toBeGreaterThan(20);
    const subscriptions = listSubscriptions(db);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]!.isSample).toBe(true);
    expect(subscriptions[0]!.url).toBe(sourceUrl(join(sampleFeedFolder(), 'feed.json')));
    expect(subscriptions[0]!.publicKey).toBeTruthy();
    expect(hasSample(db)).toBe(true);
    expect(isEmptyStore(db)).toBe(false);
  });

  it('does nothing to a store that already has the sample', async () => {
    const db = newStore();
    await seedIfEmpty(db);
    const before = snapshot(db);
    expect(await seedIfEmpty(db)).toBeNull();
    expect(snapshot(db)).toEqual(before);
    expect(listSubscriptions(db)).toHaveLength(1);
  });

  it('does nothing to a store with records of its own feed', async () => {
    const db = newStore();
    expect((await syncSource(db, writeOtherFeed())).status).toBe('applied');
    expect(await seedIfEmpty(db)).toBeNull();
    expect(ids(db, 'documents')).toEqual(['other-doc']);
    expect(hasSample(db)).toBe(false);
  });

  it('does nothing to a store that only follows a feed, not yet synced', async () => {
    const db = newStore();
    saveSubscription(db, 'https://example.org/feed.json');
    expect(await seedIfEmpty(db)).toBeNull();
    expect(count(db, 'documents')).toBe(0);
    expect(listSubscriptions(db).map((s) => s.url)).toEqual(['https://example.org/feed.json']);
  });
});

describe('loadSample', () => {
  it('works offline: it reads local files only', async () => {
    const fetch = vi.fn(() => {
      throw new Error('offline: no network in this test');
    });
    vi.stubGlobal('fetch', fetch);
    const db = newStore();
    const result = await loadSample(db);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('applied');
    expect(result.pages).toBe(2);
    expect(fetch).not.toHaveBeenCalled();
    expect(count(db, 'documents')).toBe(14);
    expect(hasSample(db)).toBe(true);
  });

  it('reloaded into a store that has it, changes nothing', async () => {
    const db = newStore();
    await loadSample(db);
    const before = snapshot(db);
    const again = await loadSample(db);
    expect(again.status).toBe('unchanged');
    expect(snapshot(db)).toEqual(before);
    expect(listSubscriptions(db)).toHaveLength(1);
  });
});

describe('removeSample', () => {
  it('removes every sample record and the sample feed in one step', async () => {
    const db = newStore();
    await loadSample(db);
    const counts = removeSample(db, new Date(NOW));
    for (const table of TABLES) expect(count(db, table), table).toBe(0);
    expect(count(db, 'agenda_item_documents')).toBe(0);
    expect(count(db, 'document_revisions')).toBe(0);
    expect(count(db, 'search_index')).toBe(0);
    expect(listSubscriptions(db)).toEqual([]);
    expect(hasSample(db)).toBe(false);
    expect(counts.documents.deleted).toBe(14);
    expect(counts.meetings.deleted).toBe(2);
    expect(counts.contacts.deleted).toBeGreaterThan(20);
    for (const table of TABLES) expect(counts[table].archived, table).toBe(0);
    // An empty store again: the app would offer the sample once more.
    expect(isEmptyStore(db)).toBe(true);
  });

  it('archives, not deletes, a document with an annotation and an agenda item with a position', async () => {
    const db = newStore();
    await loadSample(db);
    const annotation = annotateQuote(db, 'cg-2020-01-5g-toolbox', 'coordinated risk assessment', { note: 'check with capital' });
    db.prepare(
      `INSERT INTO positions (id, agenda_item_id, status, line_to_take, created_at, updated_at)
       VALUES ('pos-1', 'ai-2027-02-plenary-3', 'draft', 'Support the toolbox', ?, ?)`,
    ).run(NOW, NOW);
    const positionBefore = db.prepare("SELECT * FROM positions WHERE id = 'pos-1'").get();

    const counts = removeSample(db, new Date(NOW));

    expect(listSubscriptions(db)).toEqual([]);
    expect(hasSample(db)).toBe(false);
    // What the delegate's data points at stays, archived; everything else is gone.
    expect(ids(db, 'documents')).toEqual(['cg-2020-01-5g-toolbox']);
    expect(ids(db, 'agenda_items')).toEqual(['ai-2027-02-plenary-3']);
    // The item cannot live without its meeting: the meeting stays too, archived.
    expect(ids(db, 'meetings')).toEqual(['mtg-2027-02-plenary']);
    expect(count(db, 'contacts')).toBe(0);
    expect(count(db, 'work_streams')).toBe(0);
    expect(count(db, 'documents', 'archived_at IS NOT NULL')).toBe(1);
    expect(count(db, 'agenda_items', 'archived_at IS NOT NULL')).toBe(1);
    expect(count(db, 'meetings', 'archived_at IS NOT NULL')).toBe(1);
    expect(counts.documents).toMatchObject({ archived: 1, deleted: 13 });
    expect(counts.agenda_items).toMatchObject({ archived: 1, deleted: 10 });
    expect(counts.meetings).toMatchObject({ archived: 1, deleted: 1 });

    // The local rows are untouched, and still readable with what they point at.
    expect(listAnnotations(db)).toEqual([annotation]);
    expect(db.prepare("SELECT * FROM positions WHERE id = 'pos-1'").get()).toEqual(positionBefore);
    expect(count(db, 'document_revisions', "document_id = 'cg-2020-01-5g-toolbox'")).toBe(1);
  });

  it('is a no-op when there is no sample', async () => {
    const db = newStore();
    const empty = removeSample(db);
    for (const table of TABLES) expect(empty[table]).toMatchObject({ deleted: 0, archived: 0 });

    await syncSource(db, writeOtherFeed());
    const before = snapshot(db);
    const subscriptions = listSubscriptions(db);
    const counts = removeSample(db);
    for (const table of TABLES) expect(counts[table]).toMatchObject({ deleted: 0, archived: 0 });
    expect(snapshot(db)).toEqual(before);
    expect(listSubscriptions(db)).toEqual(subscriptions);
  });

  it("leaves another feed's records and subscription alone", async () => {
    const db = newStore();
    await loadSample(db);
    expect((await syncSource(db, writeOtherFeed())).status).toBe('applied');
    const other = listSubscriptions(db).filter((s) => !s.isSample);
    expect(other).toHaveLength(1);
    const otherRows = () =>
      Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} WHERE id LIKE 'other-%' ORDER BY id`).all()]));
    const before = otherRows();

    removeSample(db);

    expect(otherRows()).toEqual(before);
    for (const table of TABLES) expect(ids(db, table).every((id) => id.startsWith('other-')), table).toBe(true);
    expect(listSubscriptions(db)).toEqual(other);
  });

  it('changes nothing at all when it fails part-way', async () => {
    const db = newStore();
    await loadSample(db);
    annotateQuote(db, 'cg-2020-01-5g-toolbox', 'coordinated risk assessment');
    const before = snapshot(db);
    const subscriptions = listSubscriptions(db);
    // A failure on one of the last records removed (contacts come after documents and meetings).
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE DELETE ON contacts WHEN OLD.id = 'contact-sk-cert'
             BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    expect(() => removeSample(db)).toThrow(/refused for the test/);
    db.exec('DROP TRIGGER refuse');
    expect(snapshot(db)).toEqual(before);
    expect(listSubscriptions(db)).toEqual(subscriptions);
    expect(hasSample(db)).toBe(true);
  });
});
