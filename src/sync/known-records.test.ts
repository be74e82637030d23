import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import { openStore, type Store } from '../store/open';
import { syncSource } from './sync';
import { removeSubscription } from './subscriptions';
import { knownRecordsOnPage } from './known-records';
import { annotateQuote } from '../annotations/annotations';
import { getDocument } from '../library/documents';
import { search } from '../search/search';
import { agendaItem, contact, doc, meeting, page, tempDir, writeFeed, type Json } from '../../tests/support/feed-pages';
import { snapshot } from '../../tests/support/store-snapshot';
import { plansOf, withStatisticsOfALargeStore } from '../../tests/support/query-plans';

let dir: string;
let db: Store;

beforeEach(() => {
  dir = tempDir('dd-known-records-');
  db = openStore(join(dir, 'desk.db'));
  mkdirSync(join(dir, 'feed'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A two-page feed; `edit` changes it before it is written. */
function feed(edit: (pages: Json[]) => void = () => {}): Json[] {
  const pages = [
    page([doc('d1'), doc('d2'), doc('d3', { url: 'https://nis-cg.example.eu/papers/d3.html' })], {
      meetings: [meeting('m1')],
      agenda_items: [agendaItem('a1', 'm1', { document_ids: ['d1'] }), agendaItem('a2', 'm1', { number: '2', order: 2 })],
    }),
    page([doc('d4'), doc('d5')], { contacts: [contact('c1'), contact('c2')], work_streams: [{ id: 'ws1', title: 'Work stream 1' }] }),
  ];
  edit(pages);
  return pages;
}

const feedDir = () => join(dir, 'feed');
const publish = (pages: Json[]) => writeFeed(feedDir(), pages);
const items = (p: Json) => p.items as Json[];
const ext = (p: Json) => p._delegation as Record<string, Json[]>;

/** The feed's records as the store holds them, without the times of writing. */
function feedRecords(store: Store): Record<string, unknown[]> {
  const rows = snapshot(store, {
    only: ['documents', 'document_revisions', 'attachments', 'meetings', 'agenda_items', 'agenda_item_documents', 'contacts', 'work_streams'],
  });
  const timeless = (r: unknown) => {
    const { first_seen_at, changed_at, received_at, ...rest } = r as Record<string, unknown>;
    return rest;
  };
  return Object.fromEntries(Object.entries(rows).map(([t, list]) => [t, list.map(timeless)]));
}

describe('a resync reads only the records whose bytes changed', () => {
  it('writes the changed records, counts the others unchanged, and leaves the store as a first sync of the new feed would', async () => {
    await syncSource(db, publish(feed()));
    const edited = feed((pages) => {
      items(pages[0]!)[1] = doc('d2', { content_html: '<p>Revised text of d2 on supply chain risk.</p>' });
      ext(pages[1]!).contacts![1] = contact('c2', { name: 'CSIRT c2, renamed' });
      items(pages[1]!).push(doc('d6'));
    });
    const result = await syncSource(db, publish(edited));
    expect(result.status).toBe('applied');
    expect(result.counts.documents).toMatchObject({ added: 1, updated: 1, unchanged: 4 });
    expect(result.counts.contacts).toMatchObject({ updated: 1, unchanged: 1 });
    expect(result.counts.meetings).toMatchObject({ unchanged: 1, updated: 0 });
    expect(result.counts.agenda_items).toMatchObject({ unchanged: 2, updated: 0 });
    expect(getDocument(db, 'd2').revision).toBe(2);
    expect(search(db, 'supply chain risk').map((h) => h.id)).toEqual(['d2']);

    const fresh = openStore(':memory:');
    await syncSource(fresh, publish(edited));
    const revisionsOf = (store: Store) => store.prepare('SELECT document_id, seq FROM document_revisions ORDER BY 1, 2').all();
    const { document_revisions: _r1, documents: docs1, ...rest1 } = feedRecords(db);
    const { document_revisions: _r2, documents: docs2, ...rest2 } = feedRecords(fresh);
    expect(rest1).toEqual(rest2);
    // The same papers, except that the resynced store also keeps d2's first revision.
    const noRevision = (list: unknown[]) => list.map((d) => ({ ...(d as Json), current_revision: undefined }));
    expect(noRevision(docs1!)).toEqual(noRevision(docs2!));
    expect(revisionsOf(db)).toContainEqual({ document_id: 'd2', seq: 1 });
    expect(revisionsOf(db)).toContainEqual({ document_id: 'd2', seq: 2 });
    fresh.close();
  });

  it('remembers the bytes of every record it read, and forgets them with the subscription', async () => {
    const first = await syncSource(db, publish(feed()));
    const pageUrl = (n: number) => db.prepare('SELECT url FROM feed_pages ORDER BY url').pluck().all()[n] as string;
    const onPage = (n: number) => [...knownRecordsOnPage(db, first.subscriptionId!, pageUrl(n)).values()];
    expect(onPage(0).map((k) => `${k.kind}:${k.id}`)).toEqual(['documents:d4', 'documents:d5', 'contacts:c1', 'contacts:c2', 'work_streams:ws1']);
    expect(onPage(1).map((k) => `${k.kind}:${k.id}`)).toEqual(
      ['documents:d1', 'documents:d2', 'documents:d3', 'meetings:m1', 'agenda_items:a1', 'agenda_items:a2'],
    );
    expect(onPage(1).find((k) => k.id === 'a1')).toMatchObject({ meetingId: 'm1' });
    const url = pageUrl(1);
    removeSubscription(db, first.subscriptionId!);
    expect(knownRecordsOnPage(db, first.subscriptionId!, url).size).toBe(0);
    expect(db.prepare('SELECT count(*) FROM feed_pages').pluck().get()).toBe(0);
  });

  it('reads and writes again a record the store no longer holds as those bytes made it', async () => {
    await syncSource(db, publish(feed()));
    db.prepare("UPDATE documents SET title = 'Changed by some other path', record_hash = 'other' WHERE id = 'd1'").run();
    // Another record on the page changes, so the page is read; d1's bytes did not change.
    const result = await syncSource(db, publish(feed((pages) => void (items(pages[0]!)[2] = doc('d3', { title: 'Paper d3, v2' })))));
    expect(result.counts.documents).toMatchObject({ updated: 2 });
    expect(getDocument(db, 'd1').title).toBe('Paper d1');
  });

  it('brings back an archived record published again byte for byte', async () => {
    await syncSource(db, publish(feed()));
    annotateQuote(db, 'd1', 'incident notification', { note: 'Check the thresholds' });
    const deleting = feed((pages) => {
      items(pages[0]!).splice(0, 1);
      ext(pages[0]!).deleted = [{ type: 'document', id: 'd1', deleted_at: '2026-11-20T00:00:00Z' }] as unknown as Json[];
    });
    expect((await syncSource(db, publish(deleting))).counts.documents.archived).toBe(1);
    const result = await syncSource(db, publish(feed()));
    expect(result.counts.documents).toMatchObject({ updated: 1 });
    expect(getDocument(db, 'd1').archived).toBe(false);
  });

  it('still finds a duplicate id when one of the two records is known from the store', async () => {
    await syncSource(db, publish(feed()));
    const before = snapshot(db);
    const result = await syncSource(db, publish(feed((pages) => void items(pages[1]!).push(doc('d1', { title: 'Again' })))));
    expect(result.status).toBe('rejected');
    expect(result.error).toMatch(/items\[2\]\.id: duplicate document id "d1" \(first at page 1, items\[0\]\.id\)/);
    expect(snapshot(db)).toEqual(before);
  });

  it("still checks a known agenda item's meeting, refusing the feed when that meeting is deleted", async () => {
    await syncSource(db, publish(feed()));
    const result = await syncSource(
      db,
      publish(feed((pages) => {
        ext(pages[0]!).meetings = [];
        ext(pages[1]!).deleted = [{ type: 'meeting', id: 'm1', deleted_at: '2026-11-20T00:00:00Z' }] as unknown as Json[];
      })),
    );
    expect(result.status).toBe('rejected');
    expect(result.error).toMatch(/_delegation\.agenda_items\[0\]\.meeting_id: meeting "m1" is neither in this feed nor already in the store/);
  });
});

describe('a page that did not change still counts in the checks across pages', () => {
  it('refuses a tombstone for a record still published on an unchanged page, and changes nothing', async () => {
    await syncSource(db, publish(feed()));
    const before = snapshot(db);
    const result = await syncSource(
      db,
      publish(feed((pages) => void (ext(pages[1]!).deleted = [{ type: 'document', id: 'd2', deleted_at: '2026-11-20T00:00:00Z' }] as unknown as Json[]))),
    );
    expect(result.status).toBe('rejected');
    expect(result.error).toMatch(/_delegation\.deleted\[0\]: document "d2" is deleted here but also published on page 1 at items\[1\]\.id/);
    expect(snapshot(db)).toEqual(before);
  });

  it('keeps what an unchanged page holds through any number of syncs that do not read it', async () => {
    await syncSource(db, publish(feed()));
    const v = (n: number) => (pages: Json[]) => void (items(pages[1]!)[0] = doc('d4', { title: `Paper d4, v${n}` }));
    expect((await syncSource(db, publish(feed(v(2))))).status).toBe('applied');
    expect((await syncSource(db, publish(feed(v(3))))).status).toBe('applied');
    const result = await syncSource(db, publish(feed((pages) => { v(4)(pages); items(pages[1]!).push(doc('d1')); })));
    expect(result.status).toBe('rejected');
    expect(result.error).toMatch(/duplicate document id "d1" \(first at page 1, items\[0\]\.id\)/);
  });

  it('forgets a record that left a page, so it may appear on another page later', async () => {
    await syncSource(db, publish(feed()));
    // d3 leaves page 1 (left out, not deleted: it stays in the store)...
    const without = (pages: Json[]) => void items(pages[0]!).splice(2, 1);
    expect((await syncSource(db, publish(feed((pages) => { without(pages); items(pages[1]!)[0] = doc('d4', { title: 'v2' }); })))).status).toBe('applied');
    // ...and comes back on page 2 while page 1 stays as it was.
    const result = await syncSource(db, publish(feed((pages) => { without(pages); items(pages[1]!)[0] = doc('d4', { title: 'v2' }); items(pages[1]!).push(doc('d3', { title: 'Paper d3, moved' })); })));
    expect(result.status).toBe('applied');
    expect(getDocument(db, 'd3').title).toBe('Paper d3, moved');
  });
});

describe('the store changed by another program during a sync', () => {
  it('applies nothing and says to sync again, when records were recognised from the store', async () => {
    await syncSource(db, publish(feed()));
    const other = openStore(join(dir, 'desk.db'));
    const before = snapshot(db);
    let wrote = false;
    const result = await syncSource(db, publish(feed((pages) => void (items(pages[1]!)[0] = doc('d4', { title: 'Paper d4, v2' })))), {
      onProgress: (p) => {
        if (p.phase === 'fetching' && p.page === 2 && !wrote) {
          wrote = true;
          other.prepare("UPDATE documents SET title = 'Written by the other program' WHERE id = 'd5'").run();
        }
      },
    });
    other.close();
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/another program .* changed the store during the sync; nothing was applied\. Sync again\./);
    const after = snapshot(db);
    expect(after.documents).toEqual((before.documents as Json[]).map((d) => (d.id === 'd5' ? { ...d, title: 'Written by the other program' } : d)));
    expect(after.feed_pages).toEqual(before.feed_pages);
    // The next sync, with nobody writing meanwhile, applies the feed.
    expect((await syncSource(db, publish(feed((pages) => void (items(pages[1]!)[0] = doc('d4', { title: 'Paper d4, v2' })))))).status).toBe('applied');
  });
});

describe('the lookup of what a page held', () => {
  it('finds each record by its id, whatever statistics closing the store left behind', async () => {
    await syncSource(db, publish(feed()));
    // With such statistics SQLite once chose to scan whole tables per page (57 s a resync).
    withStatisticsOfALargeStore(db);
    const pageUrl = db.prepare('SELECT url FROM feed_pages ORDER BY url LIMIT 1').pluck().get() as string;
    const plans = plansOf(db, (store) => knownRecordsOnPage(store, 1, pageUrl));
    const ofRecords = plans.flatMap((p) => p.plan).filter((step) => / r\b/.test(step));
    expect(ofRecords).toHaveLength(5);
    for (const step of ofRecords) expect(step).toMatch(/^SEARCH r USING INDEX sqlite_autoindex_\w+_1 \(id=\?\)$/);
  });
});
