// Fetches one URL of a feed (a page or its signature) over http(s) or from a local file, within
// the limits: bounded size (counted after decompression), time and redirects. Nothing is written.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { DeskError, describeSystemError } from '../desk-error';
import { describePage } from '../feed/feed-error';
import { Deadline, httpGet, RefusedPort, TimeoutError, UnreadableEncoding } from './http-get';
import type { SyncLimits } from './limits';
import type { PageBuffers } from './page-buffers';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched =
  | { kind: 'body'; bytes: Buffer; etag: string | null; lastModified: string | null }
  | { kind: 'not_modified' }
  | { kind: 'missing' };

export interface FetchTarget {
  page: number;
  url: string;
}

export interface FetchOptions {
  validators?: Validators;
  maxBytes?: number;
  accept?: string;
  /** Where a body fetched over the network is put; its bytes then belong to it (page-buffers.ts). */
  buffers?: PageBuffers;
}

const USER_AGENT = 'DelegateDesk/0.1 (+feed reader)';

export async function fetchUrl(
  target: FetchTarget,
  limits: SyncLimits,
  options: FetchOptions = {},
): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? limits.maxPageBytes;
  if (target.url.startsWith('file:')) return readLocal(target, maxBytes);
  return fetchRemote(target, limits, maxBytes, options);
}

async function readLocal(target: FetchTarget, maxBytes: number): Promise<Fetched> {
  const path = fileURLToPath(target.url);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DeskError('failed', `${describePage(target)}: that is not a file`);
    if (info.size > maxBytes) throw tooLarge(target, maxBytes);
    return { kind: 'body', bytes: await readFile(path), etag: null, lastModified: null };
  } catch (error) {
    if (error instanceof DeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    throw new DeskError('failed', `${describePage(target)}: could not be read (${describeSystemError(code) ?? String(error)})`);
  }
}

async function fetchRemote(
  target: FetchTarget,
  limits: SyncLimits,
  maxBytes: number,
  options: FetchOptions,
): Promise<Fetched> {
  const deadline = new Deadline(limits.timeoutMs);
  const seen = new Set<string>();
  let url = target.url;
  try {
    for (let hop = 0; ; hop++) {
      seen.add(url);
      const headers: Record<string, string> = {
        'user-agent': USER_AGENT,
        accept: options.accept ?? 'application/feed+json, application/json;q=0.9, */*;q=0.1',
      };
      if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
      if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
      const response = await httpGet(url, headers, deadline);

      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.discard();
        const location = response.header('location');
        if (!location) throw new DeskError('rejected', `${describePage(target)}: the server redirected nowhere`);
        const next = new URL(location, url);
        if (next.protocol !== 'https:' && !(next.protocol === 'http:' && url.startsWith('http:'))) {
          throw new DeskError('rejected', `${describePage(target)}: the server redirected to a link that is not https (${next.href})`);
        }
        if (seen.has(next.href)) throw new DeskError('rejected', `${describePage(target)}: the server's redirects go round in a loop`);
        if (hop + 1 > limits.maxRedirects) {
          throw new DeskError('rejected', `${describePage(target)}: more than ${limits.maxRedirects} redirects`);
        }
        url = next.href;
        continue;
      }
      if (response.status === 304) {
        await response.discard();
        return { kind: 'not_modified' };
      }
      if (response.status === 404 || response.status === 410) {
        await response.discard();
        return { kind: 'missing' };
      }
      if (response.status < 200 || response.status > 299) {
        await response.discard();
        throw new DeskError('failed', `${describePage(target)}: the server answered ${response.status} ${response.statusText}`.trim());
      }
      const declared = Number(response.header('content-length') ?? NaN);
      // Compressed bodies can only be judged once decompressed; an uncompressed one at once.
      if (!response.compressed && declared > maxBytes) {
        await response.discard();
        throw tooLarge(target, maxBytes);
      }
      const bytes = await readBody(response.body, maxBytes, target, options.buffers);
      return {
        kind: 'body',
        bytes,
        etag: response.header('etag'),
        lastModified: response.header('last-modified'),
      };
    }
  } catch (error) {
    if (error instanceof DeskError) throw error;
    // Destroyed mid-body, a request fails with whatever the socket says ("aborted"): the deadline knows.
    throw networkError(target, deadline.expired ? new TimeoutError() : error);
  } finally {
    deadline.clear();
  }
}

async function readBody(body: Readable, maxBytes: number, target: FetchTarget, buffers?: PageBuffers): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      body.destroy();
      throw tooLarge(target, maxBytes);
    }
    chunks.push(chunk);
  }
  if (!buffers) return Buffer.concat(chunks, total);
  const bytes = buffers.take(total);
  let at = 0;
  for (const chunk of chunks) at += chunk.copy(bytes, at);
  return bytes;
}

function tooLarge(target: FetchTarget, maxBytes: number): DeskError {
  return new DeskError('rejected', `${describePage(target)}: the page is larger than the limit of ${formatBytes(maxBytes)}`);
}

function networkError(target: FetchTarget, error: unknown): DeskError {
  const err = error as { name?: string; code?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new DeskError('failed', `${describePage(target)}: the server did not answer in time`, { cause: error });
  }
  if (error instanceof UnreadableEncoding) {
    return new DeskError('failed', `${describePage(target)}: the server sent the page in an encoding Delegate Desk cannot read (${error.encoding})`);
  }
  const code = err.code ?? err.cause?.code;
  const reason =
    describeSystemError(code) ??
    (error instanceof RefusedPort ? 'browsers and Delegate Desk refuse that port' : undefined) ??
    err.cause?.message ??
    err.message ??
    String(error);
  return new DeskError('failed', `${describePage(target)}: could not reach the server (${reason})`, { cause: error });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
