// `delegate-desk attachments list|fetch`: what is on this device, and fetching now with the same
// checks as the app; exit codes 0 done, 1 refused (fingerprint, size, unknown paper), 2 usage,
// 3 network trouble that outlasted the retries.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { runInProcess, processRunner, SLOW } from './support/cli-process';
import { doc, page, tempDir } from './support/feed-pages';
import { listTree, startFileServer, type FileServer } from './support/file-server';

const good = Buffer.from('%PDF-1.7 the annex on thresholds');
const bad = Buffer.from('%PDF-1.7 not what was listed');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let server: FileServer;
let tmp: string;
let store: string;

beforeAll(async () => {
  server = await startFileServer();
  server.files.set('/annex.pdf', { bytes: good });
  server.files.set('/tampered.pdf', { bytes: bad });
  server.intercept = (req, res) => {
    if (req.url !== '/busy.pdf') return false;
    res.writeHead(503, 'Service Unavailable').end();
    return true;
  };
  const attachment = (name: string, body: Buffer, title: string, listedSha256 = sha(body)) => ({
    url: name,
    mime_type: 'application/pdf',
    title,
    size_in_bytes: body.length,
    _delegation: { sha256: listedSha256 },
  });
  const feed = page([
    doc('d1', { attachments: [attachment('annex.pdf', good, 'Annex on thresholds')] }),
    doc('d2', { attachments: [attachment('tampered.pdf', bad, 'Tampered', sha(Buffer.from('what the publisher meant')))] }),
    doc('d3', { attachments: [{ url: 'busy.pdf', mime_type: 'application/pdf', title: 'Busy' }] }),
  ]);
  server.files.set('/feed.json', { bytes: Buffer.from(JSON.stringify(feed)), type: 'application/feed+json' });
  tmp = tempDir('dd-cli-attachments-');
  store = join(tmp, 'desk.db');
  // The default policy fetches only papers of upcoming meetings: none here, so nothing yet.
  expect((await runInProcess(store, 'sync', `${server.base}/feed.json`)).status).toBe(0);
});
afterAll(() => server.close());

it('lists every attachment with its state, as a table or JSON', async () => {
  const listed = await runInProcess(store, 'attachments', 'list');
  expect(listed.status).toBe(0);
  expect(listed.stdout).toMatch(/DOCUMENT\s+ON THIS DEVICE\s+SIZE\s+ATTACHMENT/);
  expect(listed.stdout).toMatch(/d1\s+not downloaded\s+\d+ bytes\s+Annex on thresholds/);
  const asJson = JSON.parse((await runInProcess(store, 'attachments', 'list', 'd1', '--json')).stdout) as { state: string; url: string }[];
  expect(asJson).toEqual([expect.objectContaining({ documentId: 'd1', state: 'absent', url: `${server.base}/annex.pdf` })]);
  const unknown = await runInProcess(store, 'attachments', 'list', 'nope');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toMatch(/no paper with id nope/);
});

it("fetches one paper's attachments, verified, into files/<xx>/<sha256> beside the store", async () => {
  const run = await runInProcess(store, 'attachments', 'fetch', 'd1');
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toMatch(/d1: Annex on thresholds: stored \(\d+ bytes\)/);
  expect((await listTree(join(tmp, 'files'))).filter((p) => !p.startsWith('partial/'))).toEqual([`${sha(good).slice(0, 2)}/${sha(good)}`]);
  const again = await runInProcess(store, 'attachments', 'fetch', 'd1');
  expect(again.stderr).toMatch(/already on this device/);
});

it('refuses bytes whose fingerprint differs (exit 1), and reports network trouble after its retries (exit 3)', { timeout: 60_000 }, async () => {
  const tampered = await runInProcess(store, 'attachments', 'fetch', 'd2');
  expect(tampered.status).toBe(1);
  expect(tampered.stderr).toMatch(/not the one the publisher listed \(its fingerprint differs\); it was not kept/);
  const busy = await runInProcess(store, 'attachments', 'fetch', 'd3');
  expect(busy.status).toBe(3);
  expect(busy.stderr).toMatch(/The server answered 503 Service Unavailable; gave up after 4 tries\./);
  expect(server.requests.filter((r) => r.path === '/busy.pdf')).toHaveLength(4);
  expect(await listTree(join(tmp, 'files'))).toEqual([`${sha(good).slice(0, 2)}/${sha(good)}`]);
});

it('takes one paper or --all, not both nor neither (exit 2), as a real process too', { timeout: SLOW }, async () => {
  expect((await runInProcess(store, 'attachments', 'fetch')).status).toBe(2);
  expect((await runInProcess(store, 'attachments', 'fetch', 'd1', '--all')).status).toBe(2);
  const { cli } = processRunner(tmp);
  const all = await cli(store, 'attachments', 'fetch', '--all');
  // d2 and d3 are refused again; d1 is already here.
  expect(all.status).toBe(3);
  expect(all.stderr).toMatch(/d2: Tampered: The file on the server is not the one/);
});
