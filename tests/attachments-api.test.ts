// The attachments calls of the API on a running desk, with a local feed (like the sample) whose
// attachments are files in its folder: the desk fetches what the policy wants after a sync and
// at open, the delegate downloads or removes one, and the status says how far it is.
import { afterEach, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Desk } from '../src/desk/desk';
import { createHandlers } from '../src/api/handlers';
import { dispatch } from '../src/api/dispatch';
import { defaultDataFolder } from '../src/store/data-folder';
import { doc, page, tempDir, writeFeed } from './support/feed-pages';
import { saveSubscription, sourceUrl } from '../src/sync/subscriptions';
import { listTree, startFileServer } from './support/file-server';

let desk: Desk | null = null;
afterEach(() => desk?.close());

const pdf = Buffer.from('%PDF-1.7 guidelines on incident notification');
const sha = createHash('sha256').update(pdf).digest('hex');

/** A local feed (like the sample) whose paper d1 attaches a PDF from the feed's own folder. */
function localFeed(attachment: Record<string, unknown> = { title: 'Guidelines', size_in_bytes: pdf.length, _delegation: { sha256: sha } }): string {
  const folder = tempDir('dd-local-feed-');
  mkdirSync(join(folder, 'papers'));
  writeFileSync(join(folder, 'papers', 'g.pdf'), pdf);
  return writeFeed(folder, [page([doc('d1', { attachments: [{ url: 'papers/g.pdf', mime_type: 'application/pdf', ...attachment }] })])]);
}

async function call<T>(name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(createHandlers(desk!), name, input);
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
}

it("fetches what the policy wants after a sync, lists it, serves its local URL, and removes it on request", async () => {
  const data = tempDir('dd-api-');
  desk = await Desk.open({ storePath: join(data, 'desk.db'), mode: 'browser', version: 't' });
  const feed = saveSubscription(desk.db, sourceUrl(localFeed()));
  expect((await call<{ attachmentPolicy: string }>('feeds.setAttachmentPolicy', { id: feed.id, policy: 'all' })).attachmentPolicy).toBe('all');
  await desk.sync();
  await desk.downloads.whenIdle();

  const [copy] = await call<{ state: string; localUrl: string; title: string }[]>('attachments.list', { documentId: 'd1' });
  expect(copy).toMatchObject({ state: 'stored', localUrl: `files/${sha}`, title: 'Guidelines' });
  expect(await listTree(join(data, 'files'))).toEqual([`${sha.slice(0, 2)}/${sha}`]);
  expect(await desk.storedFiles(sha)).toMatchObject({ mimeType: 'application/pdf', sizeInBytes: pdf.length });
  // Stored, the file goes to the text extractor; this one is no real PDF, which is said, not fatal.
  await desk.texts.idle();
  expect(await call('attachments.status')).toMatchObject({ pending: 0, failed: 0, current: null, extracting: 0 });
  expect((await call<{ text: { status: string; error: string } }[]>('attachments.list', { documentId: 'd1' }))[0]!.text).toMatchObject({
    status: 'failed',
    error: expect.stringMatching(/damaged|not a PDF/i),
  });

  const url = (await call<{ url: string }[]>('attachments.list', { documentId: 'd1' }))[0]!.url;
  expect(await call('attachments.remove', { documentId: 'd1', url })).toMatchObject({ state: 'removed', localUrl: null });
  expect(existsSync(join(data, 'files', sha.slice(0, 2), sha))).toBe(false);
  expect(await call('attachments.download', { documentId: 'd1', url })).toMatchObject({ documentId: 'd1' });
  await desk.downloads.whenIdle();
  expect((await call<{ state: string }[]>('attachments.list'))[0]!.state).toBe('stored');

  await expect(call('attachments.download', { documentId: 'd1', url: 'https://elsewhere.example/x.pdf' })).rejects.toThrow(/has no attachment at/);
  await expect(call('attachments.list', { documentId: 'nope' })).rejects.toThrow(/no paper with id nope/);
  await expect(call('feeds.setAttachmentPolicy', { id: 999, policy: 'never' })).rejects.toThrow(/no feed with id 999/);
  await expect(call('feeds.setAttachmentPolicy', { id: feed.id, policy: 'sometimes' })).rejects.toThrow(/not understood/);
});

it("opening a paper of an 'on_open' feed fetches its attachments", async () => {
  desk = await Desk.open({ storePath: join(tempDir('dd-api-'), 'desk.db'), mode: 'browser', version: 't' });
  const feed = saveSubscription(desk.db, sourceUrl(localFeed({})));
  await call('feeds.setAttachmentPolicy', { id: feed.id, policy: 'on_open' });
  await desk.sync();
  await desk.downloads.whenIdle();
  expect((await call<{ state: string }[]>('attachments.list'))[0]!.state).toBe('absent');
  await call('documents.get', { id: 'd1' });
  await desk.downloads.whenIdle();
  expect((await call<{ state: string }[]>('attachments.list'))[0]!.state).toBe('stored');
});

it('a desk on a store in memory keeps its files and backups in a temporary folder of its own, never the data folder, gone at close', async () => {
  desk = await Desk.open({ storePath: ':memory:', mode: 'browser', version: 't' });
  const own = dirname(desk.files.folder);
  expect(dirname(desk.backups.folder)).toBe(own);
  expect(own.startsWith(defaultDataFolder())).toBe(false);
  expect(existsSync(own)).toBe(true);
  desk.close();
  desk = null;
  expect(existsSync(own)).toBe(false);
});

it('a download cut short by closing the desk resumes where it stopped at the next open', async () => {
  const server = await startFileServer();
  try {
    const big = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 241));
    const bigSha = createHash('sha256').update(big).digest('hex');
    // The first request stops half-way and hangs there until the desk closes.
    server.files.set('/big.pdf', { bytes: big, etag: '"big"', pauseAt: 98_304, resumeWhen: new Promise(() => undefined) });
    const attachments = [{ url: 'big.pdf', mime_type: 'application/pdf', size_in_bytes: big.length, _delegation: { sha256: bigSha } }];
    server.files.set('/feed.json', { bytes: Buffer.from(JSON.stringify(page([doc('d1', { attachments })]))), type: 'application/feed+json' });
    const storePath = join(tempDir('dd-api-'), 'desk.db');
    desk = await Desk.open({ storePath, mode: 'browser', version: 't' });
    const feed = saveSubscription(desk.db, `${server.base}/feed.json`);
    await call('feeds.setAttachmentPolicy', { id: feed.id, policy: 'all' });
    await desk.sync();
    await expect.poll(() => desk!.downloads.status().current?.bytesReceived ?? 0, { timeout: 5_000 }).toBe(98_304);
    desk.close();

    server.files.get('/big.pdf')!.pauseAt = undefined;
    desk = await Desk.open({ storePath, mode: 'browser', version: 't' });
    await desk.downloads.whenIdle();
    const tries = server.requests.filter((r) => r.path === '/big.pdf');
    expect(tries).toHaveLength(2);
    expect(tries[1]!.headers.range).toBe('bytes=98304-');
    expect((await call<{ state: string; storedSha256: string }[]>('attachments.list'))[0]).toMatchObject({ state: 'stored', storedSha256: bigSha });
  } finally {
    await server.close();
  }
});
