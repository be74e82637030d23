import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileStore } from './file-store';
import { downloadAttachment, DEFAULT_DOWNLOAD_LIMITS, type DownloadTarget } from './download';
import { cutOnceRead, listTree, startFileServer, type FileServer } from '../../tests/support/file-server';
import { DeskError } from '../desk-error';

const paper = Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 251));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let server: FileServer;
let parent: string;
let files: FileStore;

beforeEach(async () => {
  server = await startFileServer();
  parent = mkdtempSync(join(tmpdir(), 'dd-download-'));
  files = new FileStore(join(parent, 'data', 'files'));
});
afterEach(() => server.close());

const target = (path: string, extra: Partial<DownloadTarget> = {}): DownloadTarget => ({
  url: `${server.base}${path}`,
  sha256: sha(paper),
  sizeInBytes: paper.length,
  localFolder: null,
  ...extra,
});

async function refusal(work: Promise<unknown>): Promise<DeskError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeskError);
  return error as DeskError;
}

const stored = (b: Buffer) => [`data/files/${sha(b).slice(0, 2)}/${sha(b)}`];

describe('downloading one attachment', () => {
  it('keeps the verified bytes under files/<xx>/<sha256> and nothing else', async () => {
    server.files.set('/paper.pdf', { bytes: paper });
    const result = await downloadAttachment(files, target('/paper.pdf'), { partialKey: 'k' });
    expect(result).toEqual({ sha256: sha(paper), sizeInBytes: paper.length });
    expect(readFileSync(files.pathOf(sha(paper)))).toEqual(paper);
    expect(await listTree(parent)).toEqual(stored(paper));
  });

  it('refuses a file whose sha256 differs from the listed one, and keeps none of its bytes', async () => {
    server.files.set('/paper.pdf', { bytes: paper });
    const error = await refusal(downloadAttachment(files, target('/paper.pdf', { sha256: 'f'.repeat(64) }), { partialKey: 'k' }));
    expect(error.kind).toBe('rejected');
    expect(error.message).toBe('The file on the server is not the one the publisher listed (its fingerprint differs); it was not kept.');
    expect(await listTree(parent)).toEqual([]);
  });

  it('refuses a file of another size than listed', async () => {
    server.files.set('/paper.pdf', { bytes: paper, contentLength: false });
    const error = await refusal(downloadAttachment(files, target('/paper.pdf', { sizeInBytes: paper.length + 10, sha256: null }), { partialKey: 'k' }));
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/not the .* the publisher listed; it was not kept/);
    expect(await listTree(parent)).toEqual([]);
  });

  it('does not even ask for a file listed over the size limit', async () => {
    server.files.set('/big.pdf', { bytes: paper });
    const limits = { ...DEFAULT_DOWNLOAD_LIMITS, maxFileBytes: 1000 };
    const error = await refusal(downloadAttachment(files, target('/big.pdf'), { partialKey: 'k', limits }));
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/more than the limit of 1000 bytes/);
    expect(server.requests).toHaveLength(0);
  });

  it('stops at a Content-Length over the limit, before reading the body', async () => {
    server.files.set('/big.pdf', { bytes: paper });
    const limits = { ...DEFAULT_DOWNLOAD_LIMITS, maxFileBytes: 50_000 };
    const error = await refusal(downloadAttachment(files, target('/big.pdf', { sizeInBytes: null, sha256: null }), { partialKey: 'k', limits }));
    expect(error.message).toMatch(/larger than the limit for one attachment/);
    expect(await listTree(parent)).toEqual([]);
  });

  it('stops a server that sends more than the listed size, with no Content-Length', async () => {
    server.files.set('/liar.pdf', { bytes: Buffer.concat([paper, paper]), contentLength: false });
    const error = await refusal(downloadAttachment(files, target('/liar.pdf'), { partialKey: 'k' }));
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/larger than the size the publisher listed/);
    expect(await listTree(parent)).toEqual([]);
  });

  it('stops a server that sends more than the limit while it declared less', async () => {
    server.files.set('/liar.pdf', { bytes: paper, contentLength: false });
    const limits = { ...DEFAULT_DOWNLOAD_LIMITS, maxFileBytes: 40_000 };
    const error = await refusal(downloadAttachment(files, target('/liar.pdf', { sizeInBytes: null, sha256: null }), { partialKey: 'k', limits }));
    expect(error.message).toMatch(/larger than the limit/);
    expect(await listTree(parent)).toEqual([]);
  });

  it('resumes a download cut mid-file with Range and If-Range, and ends whole and verified', async () => {
    const cut = cutOnceRead(40_000);
    server.files.set('/paper.pdf', { bytes: paper, cutAfter: 40_000, cutWhen: cut.cutWhen, etag: '"v1"' });
    const first = await refusal(downloadAttachment(files, target('/paper.pdf'), { partialKey: 'k', onProgress: cut.onProgress }));
    expect(first.kind).toBe('failed');
    const partial = await listTree(parent);
    expect(partial.filter((p) => p.endsWith('.part'))).toHaveLength(1);

    const result = await downloadAttachment(files, target('/paper.pdf'), { partialKey: 'k' });
    expect(result.sha256).toBe(sha(paper));
    const second = server.requests[1]!;
    expect(second.headers.range).toBe('bytes=40000-');
    expect(second.headers['if-range']).toBe('"v1"');
    expect(readFileSync(files.pathOf(sha(paper)))).toEqual(paper);
    expect(await listTree(parent)).toEqual(stored(paper));
  });

  it('starts over when the server ignores Range and sends the whole file (200)', async () => {
    const cut = cutOnceRead(40_000);
    server.files.set('/paper.pdf', { bytes: paper, cutAfter: 40_000, cutWhen: cut.cutWhen, etag: '"v1"', ignoreRange: true });
    await refusal(downloadAttachment(files, target('/paper.pdf'), { partialKey: 'k', onProgress: cut.onProgress }));
    const result = await downloadAttachment(files, target('/paper.pdf'), { partialKey: 'k' });
    expect(server.requests[1]!.headers.range).toBeDefined();
    expect(result.sha256).toBe(sha(paper));
    expect(readFileSync(files.pathOf(sha(paper)))).toEqual(paper);
  });

  it('does not splice bytes it cannot vouch for: no sha256 listed and no validator from the server', async () => {
    const cut = cutOnceRead(40_000);
    server.files.set('/paper.pdf', { bytes: paper, cutAfter: 40_000, cutWhen: cut.cutWhen });
    await refusal(downloadAttachment(files, target('/paper.pdf', { sha256: null }), { partialKey: 'k', onProgress: cut.onProgress }));
    await downloadAttachment(files, target('/paper.pdf', { sha256: null }), { partialKey: 'k' });
    expect(server.requests[1]!.headers.range).toBeUndefined();
    expect(readFileSync(files.pathOf(sha(paper)))).toEqual(paper);
  });

  it('only checks a partial file that already holds every listed byte, and asks the server nothing', async () => {
    mkdirSync(join(files.folder, 'partial'), { recursive: true });
    writeFileSync(files.partialPathOf('k'), paper);
    server.files.set('/paper.pdf', { bytes: paper });
    expect((await downloadAttachment(files, target('/paper.pdf'), { partialKey: 'k' })).sha256).toBe(sha(paper));
    expect(server.requests).toHaveLength(0);
    expect(await listTree(parent)).toEqual(stored(paper));
  });

  it('tells a passing trouble (503, retried) from a final one (404)', async () => {
    server.intercept = (req, res) => {
      if (req.url !== '/busy.pdf') return false;
      res.writeHead(503).end();
      return true;
    };
    expect((await refusal(downloadAttachment(files, target('/busy.pdf'), { partialKey: 'k' }))).kind).toBe('failed');
    const missing = await refusal(downloadAttachment(files, target('/gone.pdf'), { partialKey: 'k' }));
    expect(missing.kind).toBe('rejected');
    expect(missing.message).toMatch(/no longer has this file/);
  });

  it('gives up on a silent server after the idle timeout, keeping what came for a resume', async () => {
    server.files.set('/slow.pdf', { bytes: paper, chunkDelayMs: 400, etag: '"s"' });
    const limits = { ...DEFAULT_DOWNLOAD_LIMITS, idleTimeoutMs: 150 };
    const error = await refusal(downloadAttachment(files, target('/slow.pdf'), { partialKey: 'k', limits }));
    expect(error.kind).toBe('failed');
    expect(error.message).toMatch(/stopped sending/);
  });

  it('never lets a hostile link or title reach the disk: only files/<xx>/<sha256> is written', async () => {
    const hostile = [
      '/../../../etc/passwd',
      '/%2e%2e/%2e%2e/outside.pdf',
      '/..%2f..%2foutside.pdf',
      '/a\\..\\..\\outside.pdf',
      `/${'x'.repeat(3000)}.pdf`,
      '/CON.pdf?name=../../x',
    ];
    server.intercept = (req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="../../evil.sh"' }).end(paper);
      return true;
    };
    for (const [i, path] of hostile.entries()) {
      await downloadAttachment(files, { url: `${server.base}${path}`, sha256: null, sizeInBytes: null, localFolder: null }, { partialKey: `../${i}/..` });
    }
    expect(await listTree(parent)).toEqual(stored(paper));
  });
});

describe('an attachment of a local feed', () => {
  it('is copied from inside the feed folder, and refused outside it, through a link, or from a web feed', async () => {
    const feedFolder = join(parent, 'feed');
    mkdirSync(join(feedFolder, 'papers'), { recursive: true });
    writeFileSync(join(feedFolder, 'papers', 'p.pdf'), paper);
    writeFileSync(join(parent, 'secret.pdf'), paper);
    symlinkSync(join(parent, 'secret.pdf'), join(feedFolder, 'papers', 'link.pdf'));
    const local = (path: string, folder: string | null = feedFolder): DownloadTarget => ({
      url: pathToFileURL(path).href,
      sha256: null,
      sizeInBytes: null,
      localFolder: folder,
    });
    expect((await downloadAttachment(files, local(join(feedFolder, 'papers', 'p.pdf')), { partialKey: 'a' })).sha256).toBe(sha(paper));
    for (const [t, message] of [
      [local(join(parent, 'secret.pdf')), /outside the local feed's folder/],
      [local(join(feedFolder, 'papers', 'link.pdf')), /outside the local feed's folder/],
      [local(join(feedFolder, 'papers', 'p.pdf'), null), /feed on the web cannot point to a file/],
      [local(join(feedFolder, 'missing.pdf')), /not in the local feed's folder/],
    ] as const) {
      const error = await refusal(downloadAttachment(files, t, { partialKey: 'b' }));
      expect(error.kind, t.url).toBe('rejected');
      expect(error.message).toMatch(message);
    }
    const error = await refusal(downloadAttachment(files, { ...local(join(feedFolder, 'papers', 'p.pdf')), url: 'ftp://x/p.pdf' }, { partialKey: 'c' }));
    expect(error.message).toMatch(/Only https and http/);
  });
});
