// The downloads of a desk, over real HTTP: what each policy fetches, retries with back-off and
// resumes, refusals that keep nothing, removal that keeps the text, a new version replacing the
// old, and a sync that is never held up by a download.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/open';
import { syncSource } from '../src/sync/sync';
import { setAttachmentPolicy } from '../src/sync/subscriptions';
import { FileStore } from '../src/attachments/file-store';
import { DownloadManager, type CopyReplaced, type DownloadManagerOptions } from '../src/attachments/downloads';
import { getCopy, listCopies } from '../src/attachments/copies';
import { wantedAttachments } from '../src/attachments/policy';
import { agendaItem, doc, meeting, page, type Json } from './support/feed-pages';
import { listTree, startFileServer, type FileServer } from './support/file-server';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const bytes = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * seed) % 251));

let server: FileServer;
let data: string;
let db: Store;
let files: FileStore;
let manager: DownloadManager | null;

beforeEach(async () => {
  server = await startFileServer();
  data = mkdtempSync(join(tmpdir(), 'dd-downloads-'));
  db = openStore(join(data, 'desk.db'));
  files = new FileStore(join(data, 'files'));
  manager = null;
});
afterEach(async () => {
  await manager?.stop();
  db.close();
  await server.close();
});

/** A paper with one attachment served at /<name>, listed with its true sha256 and size unless told otherwise. */
function paperWith(id: string, name: string, body: Buffer, listed: Json = {}): Json {
  server.files.set(`/${name}`, { bytes: body, etag: `"${sha(body).slice(0, 8)}"` });
  return doc(id, {
    attachments: [
      { url: name, mime_type: 'application/pdf', title: `Annex / ${name}`, size_in_bytes: body.length, _delegation: { sha256: sha(body) }, ...listed },
    ],
  });
}

async function sync(items: Json[], ext: Json = {}): Promise<void> {
  server.files.set('/feed.json', { bytes: Buffer.from(JSON.stringify(page(items, ext))), type: 'application/feed+json' });
  const result = await syncSource(db, `${server.base}/feed.json`);
  expect(result.status, result.error).toBe('applied');
}

function start(options: DownloadManagerOptions = {}): DownloadManager {
  manager = new DownloadManager(db, files, { backoffMs: () => 30, concurrency: 1, ...options });
  manager.start();
  return manager;
}

const future = (id: string, day: number) => meeting(id, { starts_at: `2099-03-${String(day).padStart(2, '0')}T09:30:00Z` });
const ref = (documentId: string, name: string) => ({ documentId, url: `${server.base}/${name}` });
const feedId = () => db.prepare('SELECT id FROM feed_subscriptions').pluck().get() as number;

describe('the policies', () => {
  const a = bytes(60_000, 3);
  const b = bytes(60_000, 5);
  const c = bytes(10_000, 7);
  const old = bytes(1_000, 11);
  const loose = bytes(1_000, 13);

  async function library(): Promise<void> {
    await sync([paperWith('d1', 'a.pdf', a), paperWith('d2', 'b.pdf', b), paperWith('d3', 'c.pdf', c), paperWith('d4', 'old.pdf', old), paperWith('d5', 'loose.pdf', loose)], {
      meetings: [future('soon', 1), future('later', 20), meeting('past', { starts_at: '2020-01-01T09:00:00Z' }), { ...future('off', 5), status: 'cancelled' }],
      agenda_items: [
        agendaItem('i1', 'soon', { document_ids: ['d1', 'd2'] }),
        agendaItem('i2', 'later', { document_ids: ['d3'] }),
        agendaItem('i3', 'past', { document_ids: ['d4'] }),
        agendaItem('i4', 'off', { document_ids: ['d5'] }),
      ],
    });
  }

  it("'upcoming' takes the papers of meetings not yet over (nor cancelled), the next meeting first, within the budget", async () => {
    await library();
    setAttachmentPolicy(db, feedId(), 'upcoming', 75_000);
    // d1 fits, d2 would pass the budget and is skipped, d3 (smaller, a later meeting) still fits.
    expect(wantedAttachments(db).map((w) => w.documentId)).toEqual(['d1', 'd3']);
    await start().whenIdle();
    const states = Object.fromEntries(listCopies(db).map((x) => [x.documentId, x.state]));
    expect(states).toEqual({ d1: 'stored', d2: 'absent', d3: 'stored', d4: 'absent', d5: 'absent' });
    expect(getCopy(db, ref('d1', 'a.pdf'))).toMatchObject({ storedSha256: sha(a), localUrl: `files/${sha(a)}`, bytesReceived: a.length });
  });

  it("'all' takes every paper's attachments; 'on_open' and 'never' none by themselves", async () => {
    await library();
    setAttachmentPolicy(db, feedId(), 'all');
    expect(wantedAttachments(db).map((w) => w.documentId).sort()).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    setAttachmentPolicy(db, feedId(), 'never');
    expect(wantedAttachments(db)).toEqual([]);
    setAttachmentPolicy(db, feedId(), 'on_open');
    expect(wantedAttachments(db)).toEqual([]);
    const m = start();
    await m.whenIdle();
    expect(server.requests.filter((r) => r.path.endsWith('.pdf'))).toHaveLength(0);
    expect(m.documentOpened('d5')).toBe(1);
    await m.whenIdle();
    expect(getCopy(db, ref('d5', 'loose.pdf')).state).toBe('stored');
    expect(m.documentOpened('d5')).toBe(0);
  });
});

it('a policy that no longer wants what it queued takes it off the queue, but not what the delegate asked for', async () => {
  const a = bytes(1_000, 3);
  const b = bytes(1_000, 5);
  await sync([paperWith('d1', 'a.pdf', a), paperWith('d2', 'b.pdf', b)]);
  setAttachmentPolicy(db, feedId(), 'all');
  const m = new DownloadManager(db, files);
  m.plan();
  m.downloadNow(ref('d2', 'b.pdf'));
  expect(listCopies(db).map((x) => x.state)).toEqual(['queued', 'queued']);
  setAttachmentPolicy(db, feedId(), 'never');
  m.plan();
  expect(listCopies(db).map((x) => x.state)).toEqual(['absent', 'queued']);
});

describe('a download', () => {
  it('that the server cuts is tried again after a back-off, resumes with Range, and ends verified', async () => {
    const body = bytes(200_000, 3);
    await sync([paperWith('d1', 'a.pdf', body)], { meetings: [future('m', 1)], agenda_items: [agendaItem('i', 'm', { document_ids: ['d1'] })] });
    let release!: () => void;
    Object.assign(server.files.get('/a.pdf')!, { cutAfter: 70_000, cutWhen: new Promise<void>((r) => (release = r)) });
    const m = start();
    await expect.poll(() => m.status().current?.bytesReceived ?? 0).toBe(70_000);
    release();
    await m.whenIdle();
    const tries = server.requests.filter((r) => r.path === '/a.pdf');
    expect(tries).toHaveLength(2);
    expect(tries[1]!.headers.range).toBe('bytes=70000-');
    expect(getCopy(db, ref('d1', 'a.pdf'))).toMatchObject({ state: 'stored', storedSha256: sha(body), error: null, nextAttemptAt: null });
    expect(await listTree(join(data, 'files'))).toEqual([`${sha(body).slice(0, 2)}/${sha(body)}`]);
  });

  it('whose server keeps failing is retried with back-off, then marked failed with the reason', async () => {
    const body = bytes(1_000, 3);
    await sync([paperWith('d1', 'a.pdf', body)], { meetings: [future('m', 1)], agenda_items: [agendaItem('i', 'm', { document_ids: ['d1'] })] });
    server.intercept = (req, res) => {
      if (req.url !== '/a.pdf') return false;
      res.writeHead(503, 'Service Unavailable').end();
      return true;
    };
    const waits: number[] = [];
    await start({ maxAttempts: 3, backoffMs: (n) => (waits.push(n), 20 * n) }).whenIdle();
    expect(waits).toEqual([1, 2]);
    expect(server.requests.filter((r) => r.path === '/a.pdf')).toHaveLength(3);
    const copy = getCopy(db, ref('d1', 'a.pdf'));
    expect(copy.state).toBe('failed');
    expect(copy.error).toBe('The server answered 503 Service Unavailable; gave up after 3 tries.');
    // A failure for good is not fetched again by a policy; "download now" does.
    manager!.plan();
    expect(getCopy(db, ref('d1', 'a.pdf')).state).toBe('failed');
    server.intercept = null;
    expect(manager!.downloadNow(ref('d1', 'a.pdf')).state).not.toBe('failed');
    await manager!.whenIdle();
    expect(getCopy(db, ref('d1', 'a.pdf')).state).toBe('stored');
  });

  it('of bytes that do not match the listed sha256 is refused at once, reported, and keeps nothing', async () => {
    const body = bytes(5_000, 3);
    await sync([paperWith('d1', 'a.pdf', body, { _delegation: { sha256: 'e'.repeat(64) } })], {
      meetings: [future('m', 1)],
      agenda_items: [agendaItem('i', 'm', { document_ids: ['d1'] })],
    });
    await start().whenIdle();
    const copy = getCopy(db, ref('d1', 'a.pdf'));
    expect(copy.state).toBe('failed');
    expect(copy.error).toBe('The file on the server is not the one the publisher listed (its fingerprint differs); it was not kept.');
    expect(server.requests.filter((r) => r.path === '/a.pdf')).toHaveLength(1);
    expect(await listTree(join(data, 'files'))).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM stored_files').pluck().get()).toBe(0);
  });

  it('over the size limit is stopped and keeps nothing', async () => {
    const body = bytes(50_000, 3);
    await sync([paperWith('d1', 'a.pdf', body, { size_in_bytes: undefined, _delegation: undefined })], {
      meetings: [future('m', 1)],
      agenda_items: [agendaItem('i', 'm', { document_ids: ['d1'] })],
    });
    await start({ limits: { maxFileBytes: 10_000, idleTimeoutMs: 5_000, maxRedirects: 2 } }).whenIdle();
    expect(getCopy(db, ref('d1', 'a.pdf'))).toMatchObject({ state: 'failed', error: expect.stringMatching(/larger than the limit/) });
    expect(await listTree(join(data, 'files'))).toEqual([]);
  });

  it('with a hostile link and title writes only files/<xx>/<sha256> in the data folder', async () => {
    const body = bytes(3_000, 3);
    const hostile = ['../../../outside.pdf', '%2e%2e/%2e%2e/x.pdf', '..%5c..%5cwin.pdf', `${'n'.repeat(2000)}.pdf`];
    server.intercept = (req, res) => {
      if (req.url === '/feed.json') return false;
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="../../../evil"' }).end(body);
      return true;
    };
    await sync(
      hostile.map((name, i) =>
        doc(`d${i}`, { attachments: [{ url: name, mime_type: 'application/pdf', title: '../../etc/passwd / C:\\x', _delegation: { sha256: sha(body) } }] }),
      ),
    );
    setAttachmentPolicy(db, feedId(), 'all');
    await start().whenIdle();
    expect(listCopies(db).map((x) => x.state)).toEqual(hostile.map(() => 'stored'));
    const tree = await listTree(data);
    expect(tree.filter((p) => !p.startsWith('desk.db'))).toEqual([`files/${sha(body).slice(0, 2)}/${sha(body)}`]);
    expect(existsSync(join(data, '..', 'outside.pdf'))).toBe(false);
  });
});

describe('the local copy', () => {
  const body = bytes(4_000, 3);

  async function storedPaper(): Promise<DownloadManager> {
    await sync([paperWith('d1', 'a.pdf', body), paperWith('d2', 'same.pdf', body)]);
    setAttachmentPolicy(db, feedId(), 'all');
    const m = start();
    await m.whenIdle();
    db.prepare(`INSERT INTO file_texts (sha256, status, page_count, updated_at) VALUES (?, 'extracted', 1, 'x')`).run(sha(body));
    db.prepare(`INSERT INTO pdf_pages (key, sha256, page, start, text) VALUES (1, ?, 1, 0, 'incident notification thresholds')`).run(sha(body));
    return m;
  }

  it('removed deletes the bytes once no other paper uses them, keeps the text, and is not fetched again by itself', async () => {
    const m = await storedPaper();
    // Two papers attach the same bytes: one file, fetched once.
    expect(server.requests.filter((r) => r.path.endsWith('.pdf'))).toHaveLength(1);
    expect(listCopies(db).map((x) => x.localUrl)).toEqual([`files/${sha(body)}`, `files/${sha(body)}`]);
    expect((await m.remove(ref('d1', 'a.pdf'))).state).toBe('removed');
    // d2 attaches the same file: the bytes stay for it.
    expect(existsSync(files.pathOf(sha(body)))).toBe(true);
    await m.remove(ref('d2', 'same.pdf'));
    expect(existsSync(files.pathOf(sha(body)))).toBe(false);
    expect(db.prepare('SELECT count(*) FROM stored_files').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM file_texts').pluck().get()).toBe(1);
    expect(db.prepare(`SELECT count(*) FROM search_index WHERE search_index MATCH 'thresholds'`).pluck().get()).toBe(1);
    const before = server.requests.length;
    m.start();
    await m.whenIdle();
    expect(server.requests.length).toBe(before);
    expect(getCopy(db, ref('d1', 'a.pdf')).state).toBe('removed');
    m.downloadNow(ref('d1', 'a.pdf'));
    await m.whenIdle();
    expect(getCopy(db, ref('d1', 'a.pdf'))).toMatchObject({ state: 'stored', localUrl: `files/${sha(body)}` });
  });

  it('removed while it downloads stops the download, keeps no bytes, and stays removed', async () => {
    const slow = bytes(200_000, 3);
    await sync([paperWith('d1', 'slow.pdf', slow)]);
    Object.assign(server.files.get('/slow.pdf')!, { pauseAt: 32_768, resumeWhen: new Promise(() => undefined) });
    setAttachmentPolicy(db, feedId(), 'all');
    const m = start();
    await expect.poll(() => m.status().current?.bytesReceived ?? 0).toBe(32_768);
    expect((await m.remove(ref('d1', 'slow.pdf'))).state).toBe('removed');
    await m.whenIdle();
    await new Promise((r) => setTimeout(r, 100));
    expect(getCopy(db, ref('d1', 'slow.pdf')).state).toBe('removed');
    expect(server.requests.filter((r) => r.path === '/slow.pdf')).toHaveLength(1);
    expect(await listTree(join(data, 'files'))).toEqual([]);
  });

  it('of an attachment the feed replaced stays until the new version is stored, then gives way to it', async () => {
    const stored: string[] = [];
    const replaced: CopyReplaced[] = [];
    await sync([paperWith('d1', 'a.pdf', body)]);
    setAttachmentPolicy(db, feedId(), 'all');
    const m = start({ onFileStored: (s) => void stored.push(s), onCopyReplaced: (c) => void replaced.push(c) });
    await m.whenIdle();

    const next = bytes(6_000, 7);
    await m.stop();
    await sync([paperWith('d1', 'a.pdf', next, { _delegation: { sha256: sha(next) } })].map((d) => ({ ...d, _delegation: { type: 'guideline', revision: 2 } })));
    server.files.get('/a.pdf')!.bytes = next;
    expect(getCopy(db, ref('d1', 'a.pdf'))).toMatchObject({ state: 'stored', storedSha256: sha(body), sha256: sha(next) });
    m.start();
    // While the new version comes, the old one is still there to read.
    expect(existsSync(files.pathOf(sha(body)))).toBe(true);
    await m.whenIdle();
    expect(getCopy(db, ref('d1', 'a.pdf'))).toMatchObject({ state: 'stored', storedSha256: sha(next) });
    expect(stored).toEqual([sha(body), sha(next)]);
    expect(replaced).toEqual([{ ...ref('d1', 'a.pdf'), previousSha256: sha(body), sha256: sha(next) }]);
    expect(existsSync(files.pathOf(sha(body)))).toBe(false);
  });
});

it("a paper the feed deletes takes its local copy with it, but not a file another paper shares", async () => {
  const body = bytes(4_000, 3);
  const own = bytes(2_000, 9);
  await sync([paperWith('d1', 'a.pdf', body), paperWith('d2', 'same.pdf', body), paperWith('d3', 'own.pdf', own)]);
  setAttachmentPolicy(db, feedId(), 'all');
  const m = start();
  await m.whenIdle();
  const gone = (id: string) => ({ type: 'document', id, deleted_at: '2026-11-20T00:00:00Z' });
  await sync([], { deleted: [gone('d1'), gone('d3')] });
  await m.forgetDeletedPapers();
  expect(db.prepare('SELECT document_id FROM attachment_copies').pluck().all()).toEqual(['d2']);
  expect(existsSync(files.pathOf(sha(body)))).toBe(true);
  expect(existsSync(files.pathOf(sha(own)))).toBe(false);
  expect(db.prepare('SELECT sha256 FROM stored_files').pluck().all()).toEqual([sha(body)]);
});

it('a sync runs to its end while a download is under way: downloads hold no transaction', async () => {
  const file = bytes(160_000, 3);
  await sync([paperWith('d1', 'slow.pdf', file)]);
  let resume!: () => void;
  Object.assign(server.files.get('/slow.pdf')!, { pauseAt: 50_000, resumeWhen: new Promise<void>((r) => (resume = r)) });
  setAttachmentPolicy(db, feedId(), 'all');
  const m = start();
  await expect.poll(() => m.status().current?.bytesReceived ?? 0).toBe(50_000);
  expect(m.status().current).toMatchObject({ documentId: 'd1', title: 'Annex / slow.pdf', bytesTotal: file.length });
  // The download is half-way and waiting on the server: a sync still commits, and sees it there.
  await sync([paperWith('d1', 'slow.pdf', file), doc('d9')]);
  expect(db.prepare(`SELECT count(*) FROM documents WHERE id = 'd9'`).pluck().get()).toBe(1);
  expect(m.status()).toMatchObject({ pending: 1, bytesReceived: 50_000, current: { documentId: 'd1' } });
  resume();
  await m.whenIdle();
  expect(getCopy(db, ref('d1', 'slow.pdf')).state).toBe('stored');
});
