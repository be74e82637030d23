// Serves a feed folder over HTTP on this machine, so a publisher can try a feed with the app (and
// the tests and benchmarks can sync over real HTTP) before putting it on a web server.
//
// It behaves like a careful static web server: strong ETags and Last-Modified with 304 answers as
// RFC 9110 says, no listing, nothing outside the folder and no dotfile (a publisher's folder may
// hold a `.key` or `.git`). Every request looks at the file afresh, since a publisher may re-sign
// the feed while it is being served: a full answer re-reads its bytes, and a 304 reuses a digest
// only while the file is provably the one that was hashed (see FileReader).
import { createHash } from 'node:crypto';
import { realpathSync, statSync, type BigIntStats } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, sep } from 'node:path';

export interface ServeOptions {
  /** 0, the default, picks a free port. */
  port?: number;
  /** A loopback address: 127.0.0.1 (the default), ::1 or localhost. */
  host?: string;
  /** false serves without ETag and Last-Modified and ignores conditional requests, like a
   *  server that does not support them (for benchmarks of the sync's fallback). */
  conditional?: boolean;
  /** Told of every answer, for tests and benchmarks that count them. */
  onResponse?: (response: { method: string; path: string; status: number }) => void;
}

export interface FeedServer {
  /** Ends with a slash: `url + 'feed.json'` is the first page. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/feed+json; charset=utf-8',
  '.sig': 'text/plain; charset=utf-8',
  '.pub': 'text/plain; charset=utf-8',
  '.b64': 'text/plain; charset=utf-8',
  // A feed's attachments (the sample feed's papers): the type a web server would give them.
  '.pdf': 'application/pdf',
};
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export async function serveFeedFolder(dir: string, options: ServeOptions = {}): Promise<FeedServer> {
  const host = options.host ?? '127.0.0.1';
  // A folder served to the whole network by mistake would publish whatever sits in it.
  if (!LOOPBACK.has(host)) throw new Error(`serveFeedFolder only listens on this machine (127.0.0.1, ::1 or localhost), not on ${host}`);
  const root = await realpath(dir);
  const files = new FileReader(root, options.conditional !== false);

  const server = createServer((request, response) => {
    const method = request.method ?? '';
    answer(files, request)
      .catch(() => plain(500, 'Internal error'))
      .then((reply) => {
        response.writeHead(reply.status, reply.headers);
        response.end(method === 'HEAD' ? undefined : reply.body);
        // Reported as the answer leaves, so a client that counts answers never runs ahead of it.
        options.onResponse?.({ method, path: request.url ?? '', status: reply.status });
      });
  });
  // Node closes an idle connection after 5 s. A client that validates or applies a large page
  // for longer may then send its next request on a connection the server has just closed; a
  // minute, as many web servers allow, spares the tests and benchmarks that race.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

interface Reply {
  status: number;
  headers: Record<string, string | number>;
  body?: Buffer;
}

const COMMON = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };

async function answer(files: FileReader, request: IncomingMessage): Promise<Reply> {
  const method = request.method ?? '';
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed', { allow: 'GET, HEAD' });
  const path = files.resolve(request.url ?? '/');
  if (path === null) return plain(404, 'Not found');
  // Most requests of a resync ask "changed?" of a file that did not change: answered from one
  // look at the file, without opening it.
  const known = files.unchanged(path);
  if (known !== null && notModified(request, known.etag, known.mtimeSeconds)) {
    return { status: 304, headers: { ...COMMON, etag: known.etag } };
  }
  const file = await files.open(path);
  if (file === null) return plain(404, 'Not found');

  try {
    const headers: Record<string, string | number> = { ...COMMON };
    // An unchanged file is answered from its remembered digest; any other is read (again).
    let etag = file.knownEtag;
    let bytes: Buffer | null = null;
    if (etag === null) ({ bytes, etag } = await file.read());
    if (etag !== null) {
      // RFC 9110 §15.4.5: a 304 repeats the validators and caching fields, no body fields.
      if (notModified(request, etag, file.mtimeSeconds)) return { status: 304, headers: { ...headers, etag } };
      headers['last-modified'] = file.lastModified;
    }
    if (bytes === null) ({ bytes, etag } = await file.read());
    if (etag !== null) headers.etag = etag;
    headers['content-type'] = CONTENT_TYPES[extname(path!).toLowerCase()] ?? 'application/octet-stream';
    headers['content-length'] = bytes.byteLength;
    return { status: 200, headers, body: bytes };
  } finally {
    await file.close();
  }
}

/** RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
function notModified(request: IncomingMessage, etag: string, mtimeSeconds: number): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return matchesAny(ifNoneMatch, etag);
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  // §13.1.3: an invalid date (or a list of them) is ignored, and answers with the full file.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(ifModifiedSince.trim())) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && mtimeSeconds * 1000 <= since;
}

/** If-None-Match uses the weak comparison (§8.8.3.2): W/ is ignored, `*` matches any file. */
function matchesAny(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  for (const tag of header.match(/(?:W\/)?"[^"]*"/g) ?? []) {
    if (tag.replace(/^W\//, '') === etag) return true;
  }
  return false;
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Reply {
  const body = Buffer.from(`${text}\n`);
  return {
    status,
    headers: { ...COMMON, ...extra, 'content-type': 'text/plain; charset=utf-8', 'content-length': body.byteLength },
    body,
  };
}

interface OpenFile {
  /** The digest of the file's bytes, when this very file was read before; null otherwise. */
  knownEtag: string | null;
  lastModified: string;
  mtimeSeconds: number;
  /** Reads the bytes; the ETag returned is always the digest of exactly these bytes. */
  read(): Promise<{ bytes: Buffer; etag: string | null }>;
  close(): Promise<void>;
}

class FileReader {
  /** Digest of each file as last read, with the identity of the file it was read from. */
  private readonly digests = new Map<string, { identity: string; etag: string }>();

  constructor(
    private readonly root: string,
    private readonly conditional: boolean,
  ) {}

  /**
   * The file a request path names inside the folder, or null when it names none that may be
   * served. Each segment is decoded on its own and refused if it could climb or hide:
   * `..`, `%2e%2e`, an encoded `/` or `\`, a NUL, a drive letter, a dotfile.
   */
  resolve(target: string): string | null {
    const path = target.split(/[?#]/, 1)[0]!;
    if (!path.startsWith('/')) return null;
    const segments: string[] = [];
    for (const raw of path.split('/')) {
      if (raw === '') continue;
      let segment: string;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        return null;
      }
      if (segment.startsWith('.') || /[/\\\0:]/.test(segment)) return null;
      segments.push(segment);
    }
    if (segments.length === 0) return null;
    const full = join(this.root, ...segments);
    return full.startsWith(this.root + sep) ? full : null;
  }

  /**
   * The remembered digest of the file at this path and its date, when the file is still provably
   * the one that was hashed (same identity, as in open); null otherwise, or when it may not be
   * served. One stat of the real path, no file opened.
   */
  unchanged(path: string): { etag: string; mtimeSeconds: number } | null {
    if (!this.conditional) return null;
    const real = this.inside(path);
    if (real === null) return null;
    const remembered = this.digests.get(real);
    if (remembered === undefined) return null;
    const info = statSync(real, { bigint: true, throwIfNoEntry: false });
    if (info === undefined || !info.isFile() || identityOf(info) !== remembered.identity) return null;
    return { etag: remembered.etag, mtimeSeconds: Number(info.mtimeMs / 1000n) };
  }

  /**
   * Where the path really leads, if that is inside the folder: a symbolic link inside the folder
   * may still point out of it. Asked without the thread pool, as is the stat above: on a local
   * disk each takes microseconds, and a trip through the pool cost more than the call (a resync
   * of 57 unchanged pages: 34 ms against 42 ms with four trips a request).
   */
  private inside(path: string): string | null {
    let real: string;
    try {
      real = realpathSync.native(path);
    } catch {
      return null;
    }
    return real.startsWith(this.root + sep) ? real : null;
  }

  async open(path: string): Promise<OpenFile | null> {
    const real = this.inside(path);
    if (real === null) return null;
    let handle: FileHandle;
    try {
      handle = await open(real, 'r');
    } catch {
      return null;
    }
    // One handle for the date and the bytes, so both describe the same file even if the
    // publisher replaces it meanwhile.
    const info = await handle.stat({ bigint: true }).catch(() => null);
    if (info === null || !info.isFile()) {
      await handle.close();
      return null;
    }
    // Hashing every page on every request would make the server, not the app, the slow part of
    // a resync (about 100 ms per 100 MB). The digest is reused only while the file is the same
    // inode with the same size, mtime and ctime; any write changes the ctime, which no tool can
    // set back, so a re-signed page is always read and hashed afresh.
    const identity = identityOf(info);
    const remembered = this.digests.get(real);
    const mtimeSeconds = Number(info.mtimeMs / 1000n);
    return {
      knownEtag: this.conditional && remembered?.identity === identity ? remembered.etag : null,
      lastModified: new Date(mtimeSeconds * 1000).toUTCString(),
      mtimeSeconds,
      read: async () => {
        const bytes = await handle.readFile();
        if (!this.conditional) return { bytes, etag: null };
        const etag = `"${createHash('sha256').update(bytes).digest('base64url')}"`;
        this.digests.set(real, { identity, etag });
        return { bytes, etag };
      },
      close: () => handle.close(),
    };
  }
}

/** What tells one version of a file from another: any write changes the ctime, which no tool can
 *  set back. */
function identityOf(info: BigIntStats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}
