// Syncs over real HTTP against small servers on 127.0.0.1 that misbehave in the ways a network
// does: redirect loops, silence, a connection cut mid-page, errors, compression bombs, 304s.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { openStore, type Store } from '../src/store/open';
import { syncSource } from '../src/sync/sync';
import { listDocuments } from '../src/library/documents';
import { doc, page } from './support/feed-pages';
import { snapshot } from './support/store-snapshot';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base: string;
let handler: Handler;
let requests: IncomingMessage[];
let db: Store;

beforeEach(async () => {
  requests = [];
  server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  db = openStore(':memory:');
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const good = JSON.stringify(page([doc('h1'), doc('h2')]));

function serveGood(res: ServerResponse, etag = '"v1"') {
  res.writeHead(200, { 'content-type': 'application/feed+json', etag, 'last-modified': 'Fri, 20 Nov 2026 10:00:00 GMT' });
  res.end(good);
}

/** A store that already holds one sync, to prove the failures below leave it untouched. */
async function seeded(): Promise<ReturnType<typeof snapshot>> {
  handler = (_req, res) => serveGood(res);
  expect((await syncSource(db, `${base}/feed.json`)).status).toBe('applied');
  return snapshot(db);
}

describe('over HTTP', () => {
  it('sends conditional requests and treats 304 as unchanged, writing nothing', async () => {
    const before = await seeded();
    handler = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
      } else serveGood(res);
    };
    const again = await syncSource(db, `${base}/feed.json`);
    expect(again.status).toBe('unchanged');
    expect(requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(requests.at(-1)!.headers['if-modified-since']).toBe('Fri, 20 Nov 2026 10:00:00 GMT');
    expect(snapshot(db)).toEqual(before);
  });

  it('asks for every page of a known chain at once on a resync, and applies nothing when all are 304', async () => {
    const pages = [0, 1, 2].map((i) =>
      JSON.stringify(page([doc(`p${i}`)], {}, i < 2 ? { next_url: `/feed-${i + 2}.json` } : {})),
    );
    let inFlight = 0;
    let most = 0;
    handler = (req, res) => {
      const index = req.url === '/feed.json' ? 0 : Number(req.url!.match(/feed-(\d)/)![1]) - 1;
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        if (req.headers['if-none-match'] === `"v${index}"`) {
          res.writeHead(304);
          return void res.end();
        }
        res.writeHead(200, { 'content-type': 'application/feed+json', etag: `"v${index}"` });
        res.end(pages[index]);
      }, 40);
    };
    expect((await syncSource(db, `${base}/feed.json`)).status).toBe('applied');
    expect(most).toBe(1);
    const before = snapshot(db);
    const again = await syncSource(db, `${base}/feed.json`);
    expect(again).toMatchObject({ status: 'unchanged', pages: 3 });
    expect(most).toBe(3);
    expect(snapshot(db)).toEqual(before);
  });

  it('asks ahead for changed pages only a few at a time, and reads each whole though their memory is used again', async () => {
    const PAGES = 16;
    // Each edition gives every page new bytes, each page's text its own and of its own length.
    const edition = (e: number) =>
      Array.from({ length: PAGES }, (_, i) =>
        JSON.stringify(
          page(
            Array.from({ length: 20 }, (_, j) => doc(`p${i}-${j}`, { title: `Edition ${e} of paper ${i}-${j} ${'x'.repeat((i * 37 + j) % 50)}` })),
            {},
            i < PAGES - 1 ? { next_url: `/feed-${i + 2}.json` } : {},
          ),
        ),
      );
    let current = edition(1);
    let served = 0;
    handler = (req, res) => {
      const index = req.url === '/feed.json' ? 0 : Number(req.url!.match(/feed-(\d+)/)![1]) - 1;
      served++;
      res.writeHead(200, { 'content-type': 'application/feed+json', etag: `"${current[index]!.length}-${index}"` });
      res.end(current[index]);
    };
    expect((await syncSource(db, `${base}/feed.json`)).status).toBe('applied');

    current = edition(2);
    served = 0;
    let mostWaiting = 0;
    const again = await syncSource(db, `${base}/feed.json`, {
      onProgress: (progress) => {
        if (progress.phase !== 'fetching') return;
        // Pages served but not yet taken by the walk, which is about to take page `progress.page`.
        mostWaiting = Math.max(mostWaiting, served - (progress.page - 1));
        // A slow reader: the server could answer every page meanwhile.
        const until = performance.now() + 15;
        while (performance.now() < until);
      },
    });
    expect(again).toMatchObject({ status: 'applied', pages: PAGES });
    expect(mostWaiting).toBeGreaterThan(1);
    expect(mostWaiting).toBeLessThanOrEqual(6);
    const titles = new Map(listDocuments(db).map((d) => [d.id, d.title]));
    expect(titles.size).toBe(PAGES * 20);
    for (let i = 0; i < PAGES; i++) {
      for (let j = 0; j < 20; j++) expect(titles.get(`p${i}-${j}`)).toBe(`Edition 2 of paper ${i}-${j} ${'x'.repeat((i * 37 + j) % 50)}`);
    }
  });

  it('treats identical bytes from a server without ETag as unchanged', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(good);
    };
    await syncSource(db, `${base}/feed.json`);
    const before = snapshot(db);
    expect((await syncSource(db, `${base}/feed.json`)).status).toBe('unchanged');
    expect(snapshot(db)).toEqual(before);
  });

  it('follows a redirect and reads gzip-compressed pages', async () => {
    handler = (req, res) => {
      if (req.url === '/old.json') {
        res.writeHead(301, { location: '/feed.json' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/feed+json', 'content-encoding': 'gzip' });
        res.end(gzipSync(good));
      }
    };
    const result = await syncSource(db, `${base}/old.json`);
    expect(result.status).toBe('applied');
    expect(listDocuments(db)).toHaveLength(2);
  });

  const failures: [string, Handler, 'rejected' | 'failed', RegExp, object?][] = [
    [
      'a redirect loop',
      (req, res) => {
        res.writeHead(302, { location: req.url === '/feed.json' ? '/b.json' : '/feed.json' });
        res.end();
      },
      'rejected',
      /page 1 .*redirects go round in a loop/,
    ],
    [
      'too many redirects',
      (req, res) => {
        res.writeHead(302, { location: `/r${Number(req.url!.match(/\d+/)?.[0] ?? 0) + 1}.json` });
        res.end();
      },
      'rejected',
      /more than 5 redirects/,
    ],
    ['a server that never answers', () => undefined, 'failed', /did not answer in time/, { timeoutMs: 300 }],
    [
      'a page that stops arriving halfway',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/feed+json', 'content-length': String(good.length) });
        res.write(good.slice(0, 40));
      },
      'failed',
      /page 1 .*did not answer in time/,
      { timeoutMs: 300 },
    ],
    [
      'a redirect to a server that never answers',
      (req, res) => {
        if (req.url !== '/feed.json') return;
        res.writeHead(302, { location: '/moved.json' });
        res.end();
      },
      'failed',
      /page 1 .*did not answer in time/,
      { timeoutMs: 300 },
    ],
    [
      'a connection cut in the middle of a page',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/feed+json', 'content-length': String(good.length * 2) });
        res.write(good.slice(0, 40));
        setTimeout(() => res.destroy(), 20);
      },
      'failed',
      /page 1 .*could not reach the server|page 1 .*terminated/,
    ],
    [
      'a server error',
      (_req, res) => {
        res.writeHead(503, 'Service Unavailable');
        res.end('down');
      },
      'failed',
      /page 1 .*answered 503 Service Unavailable/,
    ],
    [
      'a declared size over the limit',
      (_req, res) => {
        res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
        res.end();
      },
      'rejected',
      /larger than the limit of 1 MB/,
      { maxPageBytes: 1024 * 1024 },
    ],
    [
      'a compressed page that inflates over the limit',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/feed+json', 'content-encoding': 'gzip' });
        res.end(gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x20)));
      },
      'rejected',
      /larger than the limit of 1 MB/,
      { maxPageBytes: 1024 * 1024 },
    ],
    [
      'a redirect to a local file',
      (_req, res) => {
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
      },
      'rejected',
      /redirected to a link that is not https/,
    ],
  ];

  it.each(failures)('%s is refused and changes nothing', async (_name, misbehave, status, message, limits) => {
    const before = await seeded();
    handler = misbehave;
    const result = await syncSource(db, `${base}/feed.json`, { limits: limits ?? {} });
    expect(result.status).toBe(status);
    expect(result.error).toMatch(message);
    expect(snapshot(db)).toEqual(before);
  });

  it('reports an unreachable server in plain words', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const result = await syncSource(db, `http://127.0.0.1:${port}/feed.json`);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/could not reach the server \(the server refused the connection\)/);
  });
});
