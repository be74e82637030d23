import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { fetchUrl } from './fetch-page';
import { DEFAULT_LIMITS } from './limits';

const PAGE = Buffer.from(JSON.stringify({ title: 'Réseau des CSIRT', items: [] }));
let server: Server;
let base: string;
const connections = new Set<number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    connections.add((req.socket.remotePort ?? 0));
    if (req.url === '/unchanged') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    const encoding = req.url!.slice(1);
    const body = encoding === 'gzip' ? gzipSync(PAGE) : encoding === 'deflate' ? deflateSync(PAGE) : encoding === 'br' ? brotliCompressSync(PAGE) : PAGE;
    res.writeHead(200, { 'content-type': 'application/feed+json', ...(encoding === 'plain' ? {} : { 'content-encoding': encoding }) });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((done) => server.close(done)));

const get = (path: string) => fetchUrl({ page: 1, url: `${base}${path}` }, DEFAULT_LIMITS);

describe('pages over http', () => {
  it.each(['plain', 'gzip', 'deflate', 'br'])('reads a page sent %s', async (encoding) => {
    expect(await get(`/${encoding}`)).toMatchObject({ kind: 'body', bytes: PAGE });
  });

  it('keeps connections alive between requests, "not modified" answers included', async () => {
    connections.clear();
    for (let i = 0; i < 3; i++) await get('/plain');
    for (let i = 0; i < 3; i++) expect(await get('/unchanged')).toEqual({ kind: 'not_modified' });
    await get('/plain');
    expect(connections.size).toBe(1);
  });

  it('refuses a page in an encoding it cannot read, in words', async () => {
    await expect(get('/compress')).rejects.toThrow(/the server sent the page in an encoding Delegate Desk cannot read \(compress\)/);
  });

  it("refuses the ports browsers refuse (a mail server's, for one), before connecting", async () => {
    await expect(fetchUrl({ page: 2, url: 'http://127.0.0.1:25/feed.json' }, DEFAULT_LIMITS)).rejects.toThrow(
      /page 2 .*could not reach the server \(browsers and Delegate Desk refuse that port\)/,
    );
  });
});
