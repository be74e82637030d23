import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../store/open';
import { syncSource } from '../sync/sync';
import { serveFeedFolder, type FeedServer } from './serve';

const SAMPLE = fileURLToPath(new URL('../../resources/sample-feed/', import.meta.url));

/** A request sent byte for byte: fetch would tidy `..` away before the server ever saw it. */
function rawRequest(
  server: FeedServer,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('serveFeedFolder', () => {
  let base: string;
  let folder: string;
  let server: FeedServer;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'desk-serve-'));
    folder = join(base, 'feed');
    mkdirSync(join(folder, 'archive'), { recursive: true });
    writeFileSync(join(folder, 'feed.json'), '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}\n');
    writeFileSync(join(folder, 'feed.json.sig'), 'c2ln\n');
    writeFileSync(join(folder, 'publisher.pub'), '-----BEGIN PUBLIC KEY-----\n');
    writeFileSync(join(folder, 'publisher.pub.b64'), 'MCow\n');
    writeFileSync(join(folder, 'report.pdf'), '%PDF-1.7');
    writeFileSync(join(folder, 'data.bin'), 'raw bytes');
    writeFileSync(join(folder, 'archive', 'feed-2024.json'), '{}');
    writeFileSync(join(folder, '.publisher.key'), 'PRIVATE');
    writeFileSync(join(base, 'secret.txt'), 'outside the folder');
    symlinkSync(join(base, 'secret.txt'), join(folder, 'link.json'));
    server = await serveFeedFolder(folder);
  });

  afterAll(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 at the URL it gives', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('refuses to listen beyond this machine', async () => {
    await expect(serveFeedFolder(folder, { host: '0.0.0.0' })).rejects.toThrow(/only listens on this machine/);
  });

  it('serves each kind of file with its content type and the safety headers', async () => {
    const expected: Record<string, string> = {
      'feed.json': 'application/feed+json; charset=utf-8',
      'feed.json.sig': 'text/plain; charset=utf-8',
      'publisher.pub': 'text/plain; charset=utf-8',
      'publisher.pub.b64': 'text/plain; charset=utf-8',
      'report.pdf': 'application/pdf',
      'data.bin': 'application/octet-stream',
      'archive/feed-2024.json': 'application/feed+json; charset=utf-8',
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await fetch(server.url + file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(readFileSync(join(folder, file), 'utf8'));
    }
  });

  it('gives a strong ETag (quoted base64url SHA-256) and the file date', async () => {
    const response = await fetch(server.url + 'feed.json');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const lastModified = response.headers.get('last-modified')!;
    expect(lastModified).toMatch(/GMT$/);
    expect(new Date(lastModified).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('answers 304 to a matching If-None-Match or If-Modified-Since, and 200 once the file changes', async () => {
    const path = join(folder, 'changing.json');
    writeFileSync(path, '{"edition":1}');
    const first = await fetch(server.url + 'changing.json');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;

    const byEtag = await fetch(server.url + 'changing.json', { headers: { 'if-none-match': etag } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.headers.get('etag')).toBe(etag);
    expect(await byEtag.text()).toBe('');
    const inList = await fetch(server.url + 'changing.json', { headers: { 'if-none-match': `"other", W/${etag}` } });
    expect(inList.status).toBe(304);
    const byDate = await fetch(server.url + 'changing.json', { headers: { 'if-modified-since': lastModified } });
    expect(byDate.status).toBe(304);

    // If-None-Match takes precedence: a stale tag means 200 even with a date that would say 304.
    const stale = await fetch(server.url + 'changing.json', {
      headers: { 'if-none-match': '"stale"', 'if-modified-since': lastModified },
    });
    expect(stale.status).toBe(200);
    const oldDate = await fetch(server.url + 'changing.json', { headers: { 'if-modified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' } });
    expect(oldDate.status).toBe(200);
    const badDate = await fetch(server.url + 'changing.json', { headers: { 'if-modified-since': 'yesterday' } });
    expect(badDate.status).toBe(200);

    // The publisher re-signs while the server runs: the next request sees the new bytes.
    writeFileSync(path, '{"edition":2}');
    const changed = await fetch(server.url + 'changing.json', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('{"edition":2}');
    const newEtag = changed.headers.get('etag')!;
    expect(newEtag).not.toBe(etag);
    const again = await fetch(server.url + 'changing.json', { headers: { 'if-none-match': newEtag } });
    expect(again.status).toBe(304);
  });

  it('never answers 304 for a file that has since become a link out of the folder, or gone', async () => {
    const path = join(folder, 'swapped.json');
    writeFileSync(path, '{"edition":1}');
    const etag = (await fetch(server.url + 'swapped.json')).headers.get('etag')!;
    expect((await fetch(server.url + 'swapped.json', { headers: { 'if-none-match': etag } })).status).toBe(304);

    rmSync(path);
    symlinkSync(join(base, 'secret.txt'), path);
    const viaLink = await rawRequest(server, '/swapped.json', { headers: { 'if-none-match': etag } });
    expect(viaLink.status).toBe(404);
    expect(viaLink.body).not.toContain('outside the folder');

    rmSync(path);
    expect((await rawRequest(server, '/swapped.json', { headers: { 'if-none-match': etag } })).status).toBe(404);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await fetch(server.url + 'feed.json');
    const head = await rawRequest(server, '/feed.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(readFileSync(join(folder, 'feed.json')).byteLength));
    expect(head.headers.etag).toBe(get.headers.get('etag'));
    expect(head.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const conditional = await rawRequest(server, '/feed.json', { method: 'HEAD', headers: { 'if-none-match': head.headers.etag as string } });
    expect(conditional.status).toBe(304);
  });

  it('refuses other methods with 405 and says which are allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await rawRequest(server, '/feed.json', { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });

  it('never serves anything outside the folder, a dotfile or a listing', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/archive/../../secret.txt',
      '/archive/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/archive%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2fetc%2fpasswd',
      '//etc/passwd',
      '/link.json',
      '/.publisher.key',
      '/%2epublisher.key',
      '/archive/.',
      '/feed.json%00.txt',
      '/%zz',
      '/',
      '/archive/',
      'feed.json',
    ];
    for (const path of attempts) {
      const response = await rawRequest(server, path);
      // Node's own parser already answers 400 to a path without its leading slash.
      expect([400, 404], path).toContain(response.status);
      expect(response.body, path).not.toContain('outside the folder');
      expect(response.body, path).not.toContain('PRIVATE');
    }
  });

  it('serves without validators and ignores conditions when told to', async () => {
    const plain = await serveFeedFolder(folder, { conditional: false });
    try {
      const response = await fetch(plain.url + 'feed.json', { headers: { 'if-none-match': '*' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('last-modified')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});

describe('a sync through serveFeedFolder', () => {
  it('applies the signed sample feed, then finds it unchanged with 304 answers', async () => {
    const statuses: number[] = [];
    const server = await serveFeedFolder(SAMPLE, { onResponse: (r) => statuses.push(r.status) });
    const db = openStore(':memory:');
    try {
      const key = readFileSync(join(SAMPLE, 'publisher.pub.b64'), 'utf8');
      const first = await syncSource(db, server.url + 'feed.json', { key });
      expect(first.error).toBeUndefined();
      expect(first.status).toBe('applied');
      expect(first.pages).toBe(2);
      expect(first.counts.documents.added).toBeGreaterThan(0);
      // Two pages and their signatures, every one answered in full.
      expect(statuses).toEqual([200, 200, 200, 200]);

      statuses.length = 0;
      const second = await syncSource(db, server.url + 'feed.json', { key });
      expect(second.status).toBe('unchanged');
      expect(second.bytes).toBe(0);
      expect(statuses).toEqual([304, 304]);
    } finally {
      closeStore(db);
      await server.close();
    }
  });
});
