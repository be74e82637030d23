// The browser mode's host: the same renderer, served on 127.0.0.1, answering the same API over
// HTTP. It is how the app runs where Electron cannot, and how the UI is tested end to end.
//
// Only the person who started it can use it: it listens on loopback only, every request must
// carry the launch's secret token (from the printed link, then an HttpOnly SameSite cookie),
// and a foreign Host or Origin is refused, which closes DNS rebinding and cross-site requests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY_HEADER } from '../renderer/content-security-policy';
import { MAX_PACK_BYTES } from '../packs/format';
import { formatBytes } from '../sync/fetch-page';
import { answerFile, requestedFile, type StoredFileLookup } from '../attachments/serve-file';

export interface WebHostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  /** For tests; a random one per launch otherwise. */
  token?: string;
  /** The attachments kept on the device, served at `/files/<sha256>` (none when absent). */
  files?: StoredFileLookup;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const COOKIE = 'desk_token';
/**
 * The most a call's request may hold. The largest input the contract allows, a position of five
 * texts of 100,000 characters, is up to 3 MB of JSON (three bytes a character, some escaped): the
 * desktop app takes it over IPC, so the browser mode must too.
 */
const MAX_BODY = 4 * 1024 * 1024;
/** Past the limit, what is still coming is read and dropped, up to this, so the answer arrives. */
const MOST_DRAINED = 64 * 1024 * 1024;
/** A pack to import is up to 50 MB of text, and escaping it into the request's JSON can double it. */
const MAX_BODY_BY_CALL = new Map([['packs.import', 2 * MAX_PACK_BYTES + 64 * 1024]]);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Delegate Desk (browser mode):', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Something went wrong inside Delegate Desk.');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
    if (!origins.includes(`http://${req.headers.host ?? ''}`)) {
      return send(res, 421, 'text/plain; charset=utf-8', 'This address is not served here.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.includes(origin)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Requests from other sites are refused.');
    }
    const url = new URL(req.url ?? '/', origins[0]);

    // The printed link: trade the token in the query for a cookie, and drop it from the address bar.
    const offered = url.searchParams.get('token');
    if (offered !== null && req.method === 'GET') {
      if (!same(offered, token)) return refuse(res);
      url.searchParams.delete('token');
      res.writeHead(303, {
        'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: url.pathname + url.search,
        'cache-control': 'no-store',
      });
      return void res.end();
    }
    if (!same(cookieToken(req) ?? req.headers['x-desk-token']?.toString() ?? '', token)) return refuse(res);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!req.headers['content-type']?.startsWith('application/json')) {
        return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON.');
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      const limit = MAX_BODY_BY_CALL.get(name) ?? MAX_BODY;
      const body = await readBody(req, limit);
      if (body === null) {
        return sendJson(
          res,
          { ok: false, error: `This is more than Delegate Desk takes at once (${formatBytes(limit)}), so nothing was done. Shorten the text and try again.` },
          413,
        );
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, { ok: false, error: 'The request was not understood (not JSON).' });
      }
      return sendJson(res, await dispatch(options.handlers, name, input));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Not allowed.');
    const file = requestedFile(url.pathname);
    if (file) {
      const answer = await answerFile(options.files ?? (async () => null), file.sha256, req.headers.range, req.method === 'HEAD');
      if (answer.status === 404) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
      res.writeHead(answer.status, { ...SECURITY_HEADERS, ...answer.headers });
      if (!answer.body) return void res.end();
      const stream = answer.body();
      stream.on('error', () => res.destroy());
      return void stream.pipe(res);
    }
    return serveFile(res, options.rendererDir, url.pathname, req.method === 'HEAD');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

function refuse(res: ServerResponse): void {
  send(
    res,
    403,
    'text/plain; charset=utf-8',
    'Delegate Desk: open the link printed in the terminal where you started `npm run web` (it carries this session\'s key).',
  );
}

/**
 * The request's body, or null when it is over the limit. Such a body is still read to its end
 * (and dropped): a browser that is still sending when the answer comes reports a broken
 * connection instead of the answer. Past MOST_DRAINED the connection is cut.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit + MOST_DRAINED) {
      req.destroy();
      return null;
    }
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? null : Buffer.concat(chunks);
}

async function serveFile(res: ServerResponse, root: string, pathname: string, headOnly: boolean): Promise<void> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Bad address.');
  }
  if (relative === '' || relative === '.') relative = 'index.html';
  const path = join(root, relative);
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  const info = await stat(path).catch(() => null);
  // Unknown paths get the app itself: its router shows the right view or a "not found" page.
  const file = info?.isFile() ? path : join(root, 'index.html');
  const body = await readFile(file).catch(() => null);
  if (!body) {
    return send(res, 503, 'text/plain; charset=utf-8', 'The page has not been built yet: run `npm run web`, which builds it first.');
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'no-cache',
  });
  res.end(headOnly ? undefined : body);
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}
