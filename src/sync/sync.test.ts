import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../store/open';
import { syncSource } from './sync';
import { listSyncRuns } from './sync-log';
import { listSubscriptions } from './subscriptions';
import { generatePublisherKeys } from '../feed/signature';
import { annotateQuote } from '../annotations/annotations';
import { getDocument, listDocuments } from '../library/documents';
import { listAgenda, listMeetings } from '../meetings/meetings';
import { search } from '../search/search';
import { agendaItem, contact, doc, meeting, page, tempDir, writeFeed, type Json } from '../../tests/support/feed-pages';
import { LOCAL_TABLES, snapshot } from '../../tests/support/store-snapshot';

let db: Store;
let dir: string;

const baseFeed = (): Json[] => [
  page([doc('d1'), doc('d2', { content_html: '<p>Second <script>alert(1)</script>paper on <b>réseau</b> security.</p>' })], {
    meetings: [meeting('m1')],
    agenda_items: [agendaItem('a1', 'm1', { document_ids: ['d1', 'd-unpublished'] }), agendaItem('a2', 'm1', { number: '2', order: 2 })],
    contacts: [contact('c1')],
    work_streams: [{ id: 'ws7', title: 'Work stream 7' }],
  }),
];

beforeEach(() => {
  db = openStore(':memory:');
  dir = tempDir();
});

async function sync(pages: (Json | string)[], options: Parameters<typeof syncSource>[2] = {}, key?: string) {
  return syncSource(db, writeFeed(dir, pages, key), options);
}

describe('a valid feed', () => {
  it('is applied: records, first revisions, cleaned HTML, search index, log', async () => {
    const result = await sync(baseFeed());
    expect(result.status).toBe('applied');
    expect(result.counts.documents.added).toBe(2);
    expect(result.counts.meetings.added).toBe(1);
    expect(result.counts.agenda_items.added).toBe(2);
    expect(result.counts.contacts.added).toBe(1);
    expect(result.counts.work_streams.added).toBe(1);
    const d2 = getDocument(db, 'd2');
    expect(d2.revision).toBe(1);
    expect(d2.contentHtml).not.toContain('script');
    expect(d2.contentText).toBe('Second paper on réseau security.');
    expect(search(db, 'reseau').map((h) => h.id)).toEqual(['d2']);
    const [run] = listSyncRuns(db);
    expect(run).toMatchObject({ outcome: 'applied', pages: 1, error: null });
    expect(run!.bytes).toBeGreaterThan(100);
  });

  it("gives a paper its work stream's title, when the feed publishes the work stream", async () => {
    const feed = baseFeed();
    (feed[0]!.items as Json[]).push(doc('d5', { _delegation: { type: 'report', work_stream: 'ws7' } }));
    await sync(feed);
    expect(getDocument(db, 'd5')).toMatchObject({ workStreamId: 'ws7', workStreamTitle: 'Work stream 7' });
    expect(getDocument(db, 'd1')).toMatchObject({ workStreamId: null, workStreamTitle: null });
  });

  it('keeps an agenda link to a paper that is not published yet, shown as unavailable', async () => {
    await sync(baseFeed());
    const [a1] = listAgenda(db, { meetingId: 'm1' });
    expect(a1!.documents).toEqual([
      { id: 'd1', title: 'Paper d1', available: true, readMark: 'unread' },
      { id: 'd-unpublished', title: null, available: false, readMark: null },
    ]);
  });

  it('is unchanged on a second sync of the same bytes, and writes nothing', async () => {
    await sync(baseFeed());
    const before = snapshot(db);
    const again = await sync(baseFeed());
    expect(again.status).toBe('unchanged');
    expect(snapshot(db)).toEqual(before);
    expect(listSyncRuns(db)).toHaveLength(2);
  });

  it('does not rewrite records whose content did not change when a page changes', async () => {
    await sync(baseFeed());
    const changedAt = () => db.prepare("SELECT id, changed_at FROM documents UNION ALL SELECT id, changed_at FROM meetings ORDER BY 1").all();
    const before = changedAt();
    const feed = baseFeed();
    (feed[0]!.items as Json[]).push(doc('d3'));
    const result = await syncSource(db, writeFeed(dir, feed), { now: () => new Date('2030-01-01T00:00:00Z') });
    expect(result.counts.documents).toMatchObject({ added: 1, updated: 0, unchanged: 2 });
    expect(result.counts.meetings).toMatchObject({ unchanged: 1, updated: 0 });
    expect(changedAt().filter((r) => (r as { id: string }).id !== 'd3')).toEqual(before);
  });

  it('makes a new revision for changed content and keeps the earlier ones', async () => {
    await sync(baseFeed());
    const feed = baseFeed();
    (feed[0]!.items as Json[])[0] = doc('d1', { content_html: '<p>Revised text on incident reporting.</p>' });
    const result = await sync(feed);
    expect(result.counts.documents).toMatchObject({ updated: 1, unchanged: 1 });
    const d1 = getDocument(db, 'd1');
    expect(d1.revision).toBe(2);
    expect(d1.revisions.map((r) => r.seq)).toEqual([1, 2]);
    expect(d1.contentText).toBe('Revised text on incident reporting.');
    expect(search(db, 'revised').map((h) => h.id)).toEqual(['d1']);
  });

  it('updates metadata without a new revision when only the title changes', async () => {
    await sync(baseFeed());
    const feed = baseFeed();
    (feed[0]!.items as Json[])[0] = doc('d1', { title: 'Renamed paper' });
    await sync(feed);
    const d1 = getDocument(db, 'd1');
    expect(d1.title).toBe('Renamed paper');
    expect(d1.revision).toBe(1);
  });

  it('never deletes records that a later feed leaves out (a feed may be a window)', async () => {
    await sync(baseFeed());
    await sync([page([doc('d9')])]);
    expect(listDocuments(db).map((d) => d.id).sort()).toEqual(['d1', 'd2', 'd9']);
    expect(listMeetings(db)).toHaveLength(1);
  });

  it('accepts an agenda item whose meeting is already in the store, and one whose meeting comes on a later page', async () => {
    await sync(baseFeed());
    const later = await sync([page([], { agenda_items: [agendaItem('a3', 'm1')] })]);
    expect(later.status).toBe('applied');
    const paged = await sync([
      page([doc('p1')], { agenda_items: [agendaItem('a9', 'm9')] }),
      page([doc('p2')], { meetings: [meeting('m9')] }),
    ]);
    expect(paged).toMatchObject({ status: 'applied', pages: 2 });
    expect(listAgenda(db, { meetingId: 'm9' }).map((i) => i.id)).toEqual(['a9']);
  });
});

describe('a bad feed is rejected and the store is left exactly as it was', () => {
  const cases: [string, () => (Json | string)[], RegExp, Partial<Parameters<typeof syncSource>[2]>?][] = [
    ['truncated JSON', () => ['{"version": "https://jsonfeed.org/version/1.1", "title": '], /page 1 \(.*feed\.json\): is not valid JSON \(it ends too early\)/],
    ['invalid JSON', () => ['{"version": "https://jsonfeed.org/version/1.1",\n "title": "x",, "items": []}'], /page 1 \(.*feed\.json\): is not valid JSON \(line 2, column \d+\)/],
    ['a wrong type', () => [page([doc('d1', { title: 42 })])], /page 1 .*: items\[0\]\.title: /],
    ['a bad date', () => [page([doc('d1'), doc('d2', { date_published: '2026-02-30T10:00:00Z' })])], /items\[1\]\.date_published: not an RFC 3339 date/],
    ['a missing required field', () => [page([doc('d1')], { meetings: [{ id: 'm1', kind: 'plenary' }] })], /_delegation\.meetings\[0\]\.title: is required/],
    ['duplicate ids on one page', () => [page([doc('d1'), doc('d1')])], /items\[1\]\.id: duplicate document id "d1" \(first at items\[0\]\.id\)/],
    ['duplicate ids across pages', () => [page([doc('d5')]), page([doc('d5')])], /page 2 .*: items\[0\]\.id: duplicate document id "d5" \(first at page 1, items\[0\]\.id\)/],
    ['an agenda item whose meeting exists nowhere', () => [page([], { agenda_items: [agendaItem('a9', 'nowhere')] })], /agenda_items\[0\]\.meeting_id: meeting "nowhere" is neither in this feed nor already in the store/],
    ['a newer schema', () => [page([doc('d1')], { schema: 2 })], /_delegation\.schema: .*supports format version 1/],
    ['a record both published and deleted', () => [page([doc('d1')], { deleted: [{ type: 'document', id: 'd1', deleted_at: '2026-11-02T00:00:00Z' }] })], /deleted\[0\]: document "d1" is deleted here but also published/],
    ['a page chain that loops', () => [page([doc('d7')]), page([], {}, { next_url: 'feed.json' })], /page 3 .*next_url leads back to page 1/],
    ['too many pages', () => [page([]), page([]), page([])], /more than 2 pages/, { limits: { maxPages: 2 } }],
    ['a page over the size limit', () => [page([doc('d1', { content_text: 'x'.repeat(5000) })])], /larger than the limit of 2 KB/, { limits: { maxPageBytes: 2048 } }],
    ['an http next_url in a local feed', () => [page([doc('d1')], {}, { next_url: 'https://example.org/feed-2.json' })], /next_url: a local feed can only continue with a local page/],
    ['a javascript: link', () => [page([doc('d1', { url: 'javascript:alert(1)' })])], /items\[0\]\.url: only http and https links are allowed/],
  ];

  it.each(cases)('%s', async (_name, feed, message, options) => {
    await sync(baseFeed());
    const annotated = annotateQuote(db, 'd1', 'incident notification', { note: 'ask the capital' });
    const before = snapshot(db);
    const result = await sync(feed(), options ?? {});
    expect(result.status).toBe('rejected');
    expect(result.error).toMatch(message);
    expect(snapshot(db)).toEqual(before);
    expect(listSyncRuns(db)[0]).toMatchObject({ outcome: 'rejected', error: result.error });
    expect(annotated.id).toBeTruthy();
  });

  it('a missing next page fails (as a fetch failure) and changes nothing', async () => {
    await sync(baseFeed());
    const before = snapshot(db);
    const result = await sync([page([doc('d1')], {}, { next_url: 'gone.json' })]);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/page 2 .*gone\.json\): not found/);
    expect(snapshot(db)).toEqual(before);
  });

  it('a failure inside the transaction (a full disk) rolls everything back', async () => {
    await sync(baseFeed());
    const before = snapshot(db);
    db.exec("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON documents WHEN NEW.id = 'd8' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    const feed = baseFeed();
    (feed[0]!.items as Json[]).unshift(doc('d0'));
    (feed[0]!.items as Json[]).push(doc('d8'));
    const result = await sync(feed);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/disk is full/);
    expect(snapshot(db)).toEqual(before);
  });

  it('a new source that fails is not kept as a feed', async () => {
    const result = await sync([page([doc('d1', { title: 1 })])]);
    expect(result.status).toBe('rejected');
    expect(listSubscriptions(db)).toEqual([]);
  });
});

describe('signatures', () => {
  const keys = generatePublisherKeys();
  const other = generatePublisherKeys();

  it('applies signed pages when the key is pinned, and keeps the pin for later syncs', async () => {
    const first = await sync([page([doc('s1')]), page([doc('s2')])], { key: keys.publicKeyBase64 }, keys.privateKeyPem);
    expect(first.status).toBe('applied');
    expect(listSubscriptions(db)[0]!.publicKey).toBe(keys.publicKeyBase64);
    const { rmSync } = await import('node:fs');
    const path = writeFeed(dir, [page([doc('s1'), doc('s3')])]);
    rmSync(`${path}.sig`);
    const unsigned = await syncSource(db, path);
    expect(unsigned.status).toBe('rejected');
    expect(unsigned.error).toMatch(/page 1 .*has no signature/);
  });

  it.each([
    ['a tampered page', 'tamper'],
    ['a page signed with another key', 'other-key'],
    ['a missing signature on page 2', 'unsigned-page-2'],
  ])('rejects %s and changes nothing', async (_name, how) => {
    await sync([page([doc('s1')])], { key: keys.publicKeyPem }, keys.privateKeyPem);
    const before = snapshot(db);
    const feedPath = writeFeed(dir, [page([doc('s1'), doc('s4')]), page([doc('s5')])], how === 'other-key' ? other.privateKeyPem : keys.privateKeyPem);
    if (how === 'tamper') {
      const { readFileSync } = await import('node:fs');
      writeFileSync(feedPath, readFileSync(feedPath, 'utf8').replace('Paper s4', 'Paper S4'));
    }
    if (how === 'unsigned-page-2') {
      const { rmSync } = await import('node:fs');
      rmSync(join(dir, 'feed-2.json.sig'));
    }
    const result = await syncSource(db, feedPath);
    expect(result.status).toBe('rejected');
    expect(result.error).toMatch(how === 'unsigned-page-2' ? /page 2 .*no signature/ : /page 1 .*signature does not match/);
    expect(snapshot(db)).toEqual(before);
  });

  it('takes the pinned key given again in another form (PEM for base64) as the same key, and reads no page again for it', async () => {
    await sync([page([doc('s1')])], { key: keys.publicKeyBase64 }, keys.privateKeyPem);
    const again = await syncSource(db, listSubscriptions(db)[0]!.url, { key: `\n${keys.publicKeyPem}\n` });
    expect(again.status).toBe('unchanged');
    expect(listSubscriptions(db)[0]!.publicKey).toBe(keys.publicKeyBase64);
    expect(db.prepare('SELECT count(*) FROM feed_pages').pluck().get()).toBe(1);
  });

  it('keeps the pinned key when a sync given another key is refused: the store is left as it was, page cache included', async () => {
    const feedPath = writeFeed(dir, [page([doc('s1')]), page([doc('s2')])], keys.privateKeyPem);
    await syncSource(db, feedPath, { key: keys.publicKeyBase64 });
    const before = snapshot(db);
    const refused = await syncSource(db, feedPath, { key: other.publicKeyBase64 });
    expect(refused.status).toBe('rejected');
    expect(refused.error).toMatch(/page 1 .*signature does not match/);
    expect(snapshot(db)).toEqual(before);
    expect((await syncSource(db, feedPath)).status).toBe('unchanged');
  });

  it("replaces the pin once the pages are checked with the new key, as when a publisher changes keys", async () => {
    await sync([page([doc('s1')])], { key: keys.publicKeyBase64 }, keys.privateKeyPem);
    const resigned = writeFeed(dir, [page([doc('s1'), doc('s2')])], other.privateKeyPem);
    expect((await syncSource(db, resigned)).status).toBe('rejected');
    const result = await syncSource(db, resigned, { key: other.publicKeyPem });
    expect(result.status).toBe('applied');
    expect(listSubscriptions(db)[0]!.publicKey).toBe(other.publicKeyPem.trim());
    expect((await syncSource(db, resigned)).status).toBe('unchanged');
  });

  it('refuses a key that is not an Ed25519 public key', async () => {
    const result = await sync([page([doc('s1')])], { key: 'not a key' });
    expect(result.status).toBe('rejected');
    expect(result.error).toMatch(/key/i);
    expect(listDocuments(db)).toEqual([]);
  });
});

describe('tombstones and the delegate\'s own data', () => {
  const gone = (type: string, id: string) => ({ type, id, deleted_at: '2026-11-20T00:00:00Z' });

  it('delete records nobody annotated, with their revisions, attachments and agenda items', async () => {
    await sync(baseFeed());
    const result = await sync([page([], { deleted: [gone('document', 'd2'), gone('meeting', 'm1'), gone('contact', 'c1'), gone('work_stream', 'ws7')] })]);
    expect(result.counts.documents.deleted).toBe(1);
    expect(result.counts.meetings.deleted).toBe(1);
    expect(listDocuments(db, { includeArchived: true }).map((d) => d.id)).toEqual(['d1']);
    expect(db.prepare("SELECT count(*) FROM document_revisions WHERE document_id = 'd2'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM agenda_items').pluck().get()).toBe(0);
    expect(search(db, 'reseau')).toEqual([]);
  });

  it('archive records with local data attached, which stay reachable with their data intact', async () => {
    await sync(baseFeed());
    const note = annotateQuote(db, 'd1', 'incident notification', { note: 'raise at the plenary' });
    const now = '2026-11-21T00:00:00Z';
    db.prepare("INSERT INTO positions (id, agenda_item_id, status, line_to_take, created_at, updated_at) VALUES ('p1', 'a2', 'draft', 'Support', ?, ?)").run(now, now);
    db.prepare("INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at) VALUES ('n1', 'contact', 'c1', 'Meet in the margins', ?, ?)").run(now, now);
    const local = snapshot(db, { only: LOCAL_TABLES });

    const result = await sync([page([], { deleted: [gone('document', 'd1'), gone('meeting', 'm1'), gone('contact', 'c1')] })]);
    expect(result.counts.documents.archived).toBe(1);
    expect(result.counts.meetings.archived).toBe(1);
    expect(result.counts.contacts.archived).toBe(1);
    expect(listDocuments(db).map((d) => d.id)).toEqual(['d2']);
    expect(listDocuments(db, { includeArchived: true }).find((d) => d.id === 'd1')).toMatchObject({ archived: true });
    expect(getDocument(db, 'd1').contentText).toContain('incident notification');
    expect(listMeetings(db)).toEqual([]);
    expect(listAgenda(db, { includeArchived: true }).every((i) => i.archived)).toBe(true);
    expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(local);
    expect(note.anchor.status).toBe('anchored');

    // Published again: visible again.
    const back = await sync([page([doc('d1')])]);
    expect(back.counts.documents.updated).toBe(1);
    expect(listDocuments(db).map((d) => d.id).sort()).toEqual(['d1', 'd2']);
  });

  it('no sync ever changes the local tables', async () => {
    await sync(baseFeed());
    annotateQuote(db, 'd2', 'security', { note: 'n' });
    db.prepare("INSERT INTO read_state (document_id, revision, read_at) VALUES ('d2', 1, '2026-11-21T00:00:00Z')").run();
    const local = snapshot(db, { only: LOCAL_TABLES });
    const feed = baseFeed();
    (feed[0]!.items as Json[])[1] = doc('d2', { content_html: '<p>Entirely new text.</p>' });
    await sync(feed);
    await sync([page([], { deleted: [gone('document', 'd2')] })]);
    await sync([page([doc('d2', { title: 1 })])]);
    expect(snapshot(db, { only: LOCAL_TABLES })).toEqual(local);
  });
});

it('runs one sync at a time per store', async () => {
  const a = tempDir();
  const b = tempDir();
  const [ra, rb] = await Promise.all([
    syncSource(db, writeFeed(a, [page([doc('x1')])])),
    syncSource(db, writeFeed(b, [page([doc('y1')])])),
  ]);
  expect([ra.status, rb.status]).toEqual(['applied', 'applied']);
  const runs = listSyncRuns(db).reverse();
  expect(runs[0]!.finishedAt <= runs[1]!.startedAt).toBe(true);
});
