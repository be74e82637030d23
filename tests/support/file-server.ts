// A small file server on 127.0.0.1 for download tests, misbehaving on request: cutting the
// connection mid-file, ignoring Range, lying about sizes, sending slowly.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir } from 'node:fs/promises';

export interface ServedFile {
  bytes: Buffer;
  type?: string;
  /** Cut the connection after this many bytes, on the first request for the file only. */
  cutAfter?: number;
  /**
   * When to cut, once those bytes are sent: a test resolves it when the client has read them (a
   * fetch drops what it has queued but not read when the connection fails, so an early cut would
   * leave a varying amount of bytes on the client's disk). Default: 20 ms.
   */
  cutWhen?: Promise<void>;
  /** Answer every request with the whole file (200), Range or not. */
  ignoreRange?: boolean;
  /** Declare this Content-Length instead of the real one (false: send none, chunked). */
  contentLength?: number | false;
  etag?: string;
  /** Send this many bytes, then wait for `resumeWhen` before sending the rest. */
  pauseAt?: number;
  resumeWhen?: Promise<void>;
  /** Wait this long between chunks of 16 KB. */
  chunkDelayMs?: number;
}

export interface FileServer {
  base: string;
  files: Map<string, ServedFile>;
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  /** A hook that can answer a request itself (true) before the files are looked up. */
  intercept: ((req: IncomingMessage, res: ServerResponse) => boolean) | null;
  close(): Promise<void>;
}

/** A cut the test releases, and the progress callback that releases it once `bytes` are read. */
export function cutOnceRead(bytes: number): { cutWhen: Promise<void>; onProgress: (p: { bytesReceived: number }) => void } {
  let release!: () => void;
  const cutWhen = new Promise<void>((resolve) => (release = resolve));
  return { cutWhen, onProgress: (p) => void (p.bytesReceived >= bytes && release()) };
}

export async function startFileServer(): Promise<FileServer> {
  const files = new Map<string, ServedFile>();
  const requests: FileServer['requests'] = [];
  const seen = new Map<string, number>();
  const state: FileServer = {
    base: '',
    files,
    requests,
    intercept: null,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    if (state.intercept?.(req, res)) return;
    const file = files.get(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const ifRange = req.headers['if-range'];
    const honour = range && !file.ignoreRange && (ifRange === undefined || ifRange === file.etag);
    const start = honour ? Number(range[1]) : 0;
    const body = file.bytes.subarray(start);
    const headers: Record<string, string> = { 'content-type': file.type ?? 'application/pdf' };
    if (file.etag) headers.etag = file.etag;
    if (file.contentLength !== false) headers['content-length'] = String(file.contentLength ?? body.length);
    if (honour) headers['content-range'] = `bytes ${start}-${file.bytes.length - 1}/${file.bytes.length}`;
    res.writeHead(honour ? 206 : 200, headers);
    const cut = count === 1 ? file.cutAfter : undefined;
    const cutWhen = cut === undefined ? null : (file.cutWhen ?? new Promise<void>((r) => setTimeout(r, 20)));
    if (file.pauseAt !== undefined && file.resumeWhen) {
      void (async () => {
        await send(res, body.subarray(0, file.pauseAt), null, file.chunkDelayMs ?? 0, false);
        await file.resumeWhen;
        await send(res, body.subarray(file.pauseAt), null, file.chunkDelayMs ?? 0);
      })();
      return;
    }
    void send(res, cut === undefined ? body : body.subarray(0, cut), cutWhen, file.chunkDelayMs ?? 0);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

async function send(res: ServerResponse, bytes: Buffer, cut: Promise<void> | null, delayMs: number, end = true): Promise<void> {
  const CHUNK = 16 * 1024;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    if (res.destroyed) return;
    res.write(bytes.subarray(at, at + CHUNK));
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  }
  if (cut) {
    // The connection closes without ending the body.
    await cut;
    res.socket?.destroy();
  } else if (end) res.end();
}

/** Every file under a folder, as paths relative to it ('/'-separated), sorted. */
export async function listTree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(folder.length + 1).split('\\').join('/'))
    .sort();
}
