// One GET over http(s) with node:http. A resync asks each of a feed's pages "changed?" and most
// answers are a bare 304, so the client's cost per request is most of an unchanged resync's own
// time: fetch() (undici, with its WHATWG streams, headers objects and WebAssembly parser) took
// about a third more CPU than node:http (57 pages answered 304: 33 ms against 25 ms). Connections are kept alive, six at most to one publisher (as browsers
// do). Bodies come decompressed (gzip, deflate, br), as fetch would give them.
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export interface HttpAnswer {
  status: number;
  statusText: string;
  header(name: string): string | null;
  /** Whether the body arrives compressed (its size is only known once read). */
  compressed: boolean;
  /** The body, decompressed. */
  body: Readable;
  /**
   * Drops an answer whose body is not wanted, leaving the connection usable when it can; settles
   * once the connection is free again, so the next request can reuse it.
   */
  discard(): Promise<void>;
}

const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 6 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 6 }),
};

/**
 * The ports browsers refuse to fetch from (the Fetch standard's "bad ports": mail, shell, DNS and
 * other services that might take an HTTP request for one of their own commands). A feed's next_url
 * or a redirect could otherwise point the app at such a service on the delegate's own network.
 */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113,
  115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556,
  563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667,
  6668, 6669, 6679, 6697, 10080,
]);

export class RefusedPort extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is refused`);
  }
}

export class UnreadableEncoding extends Error {
  constructor(readonly encoding: string) {
    super(`unknown content encoding ${encoding}`);
  }
}

/**
 * The time one fetch may take, its redirects and its body included. When it is up, the request
 * under way is destroyed, and `expired` tells why it failed. One timer and a callback rather than
 * an AbortSignal: the signal's timer and listeners cost a tenth of the app's CPU in a resync
 * answered 304 (57 requests: about 3 ms of 25).
 */
export class Deadline {
  expired = false;
  private readonly timer: NodeJS.Timeout;
  private current: { destroy(error: Error): unknown } | null = null;

  constructor(ms: number) {
    this.timer = setTimeout(() => {
      this.expired = true;
      this.current?.destroy(new TimeoutError());
    }, ms);
    // A fetch left behind (asked ahead, never collected) must not keep the process alive.
    this.timer.unref();
  }

  /** The request from now on under this deadline. */
  watch(request: { destroy(error: Error): unknown }): void {
    this.current = request;
    if (this.expired) request.destroy(new TimeoutError());
  }

  clear(): void {
    clearTimeout(this.timer);
    this.current = null;
  }
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
  constructor() {
    super('the time for the request ran out');
  }
}

export async function httpGet(url: string, headers: Record<string, string>, deadline: Deadline): Promise<HttpAnswer> {
  try {
    return await request(url, headers, deadline);
  } catch (error) {
    // A kept-alive connection may have been closed by the server while the app was busy (servers
    // drop idle connections after a few seconds): the request then fails before any answer. One
    // more try goes out on a fresh connection. A GET is safe to repeat.
    if (deadline.expired || !(error as { reusedSocket?: boolean }).reusedSocket) throw error;
    return request(url, headers, deadline);
  }
}

function request(url: string, headers: Record<string, string>, deadline: Deadline): Promise<HttpAnswer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  if (target.port !== '' && BAD_PORTS.has(Number(target.port))) return Promise.reject(new RefusedPort(Number(target.port)));
  return new Promise((resolve, reject) => {
    const req = client.get(
      target,
      { headers: { 'accept-encoding': 'gzip, deflate, br', ...headers }, agent: AGENTS[target.protocol as 'http:' | 'https:'] },
      (res) => {
        const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
        const decoder =
          encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip()
          : encoding === 'deflate' ? createInflate()
          : encoding === 'br' ? createBrotliDecompress()
          : encoding === 'identity' || encoding === '' ? null
          : undefined;
        if (decoder === undefined) {
          res.destroy();
          reject(new UnreadableEncoding(encoding));
          return;
        }
        let body: Readable = res;
        if (decoder) {
          // The response's errors (a cut connection, an abort) must reach whoever reads the body.
          res.on('error', (e) => decoder.destroy(e));
          body = res.pipe(decoder);
        }
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          header: (name) => {
            const value = res.headers[name.toLowerCase()];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
          },
          compressed: decoder !== null,
          body,
          discard: () =>
            new Promise<void>((done) => {
              // No body (a 304) or a short one is read to its end, so the connection can serve
              // the next request; a long or unknown one is not worth the wait.
              const length = res.statusCode === 304 || res.statusCode === 204 ? 0 : Number(res.headers['content-length'] ?? Infinity);
              // The agent takes the socket back a moment after the answer is read to its end
              // (even an empty one must be read for that).
              const settle = () => setImmediate(done);
              if (res.destroyed) return settle();
              res.once('end', settle).once('close', settle).once('error', settle);
              if (length <= 64 * 1024) res.resume();
              else res.destroy();
            }),
        });
      },
    );
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    deadline.watch(req);
  });
}
