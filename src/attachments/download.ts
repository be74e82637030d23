// Fetches one attachment into the file store: over http(s), or from a local feed's folder. One
// call is one attempt; the downloads manager decides when to try again.
//
// - The bytes go to a partial file named by what is fetched (never by the feed's names). A cut
//   connection keeps them, and the next attempt asks only for the rest (`Range`, with `If-Range`
//   so a file changed on the server meanwhile comes whole instead of being spliced).
// - Over a size limit (ours, or the feed's `size_in_bytes`), declared or actual, the download stops
//   and the partial bytes are dropped.
// - The result is checked against the feed's sha256 and size before it is kept; a mismatch is
//   refused and its bytes deleted.
//
// Errors are DeskErrors: 'rejected' is final (another try would get the same), 'failed' may
// succeed later (network, server trouble, a cut).
import { createReadStream, createWriteStream } from 'node:fs';
import { open, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { makeFolders } from '../files/make-folders';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { DeskError, asDeskError, describeSystemError } from '../desk-error';
import { formatBytes } from '../sync/fetch-page';
import { DEFAULT_LIMITS } from '../sync/limits';
import { dropPartialFile as dropPartial, hashFile, syncFile, validatorPathOf as validatorsPath, type FileStore } from './file-store';

export interface DownloadTarget {
  url: string;
  /** What the feed says the file is; checked when given. */
  sha256: string | null;
  sizeInBytes: number | null;
  /**
   * The folder of the local feed this attachment came from: a `file:` attachment must be inside
   * it. Null for a feed on the web, whose attachments can never be local files.
   */
  localFolder: string | null;
}

export interface DownloadLimits {
  /** The most one attachment may weigh, whatever the feed says. */
  maxFileBytes: number;
  /** How long the server may stay silent, at the start or mid-file. */
  idleTimeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  idleTimeoutMs: DEFAULT_LIMITS.timeoutMs,
  maxRedirects: DEFAULT_LIMITS.maxRedirects,
};

export interface DownloadProgress {
  bytesReceived: number;
  bytesTotal: number | null;
}

export interface Downloaded {
  sha256: string;
  sizeInBytes: number;
}

const USER_AGENT = 'DelegateDesk/0.1 (+attachments)';

export async function downloadAttachment(
  files: FileStore,
  target: DownloadTarget,
  options: { partialKey: string; limits?: DownloadLimits; onProgress?: (p: DownloadProgress) => void; signal?: AbortSignal },
): Promise<Downloaded> {
  const limits = options.limits ?? DEFAULT_DOWNLOAD_LIMITS;
  const max = Math.min(limits.maxFileBytes, target.sizeInBytes ?? Infinity);
  if (target.sizeInBytes !== null && target.sizeInBytes > limits.maxFileBytes) {
    throw new DeskError('rejected', `The file is ${formatBytes(target.sizeInBytes)}, more than the limit of ${formatBytes(limits.maxFileBytes)} for one attachment; it was not downloaded.`);
  }
  const partial = files.partialPathOf(options.partialKey);
  try {
    makeFolders(dirname(partial));
  } catch (error) {
    throw asDeskError(error, 'Could not prepare the files folder');
  }
  const url = parseUrl(target.url);
  if (url.protocol === 'file:') await copyLocal(url, target, partial, max, limits, options.signal);
  else if (url.protocol === 'https:' || url.protocol === 'http:') {
    // All the listed bytes came last time (the cut fell just after the end): only the check is left.
    const have = (await stat(partial).catch(() => null))?.size;
    if (have === undefined || have !== target.sizeInBytes || target.sha256 === null) {
      await fetchRemote(url, partial, max, target.sha256, limits, options.onProgress, options.signal);
    }
  }
  else throw new DeskError('rejected', `Only https and http links can be downloaded, not ${url.protocol.slice(0, -1)}.`);
  // Stopped while the last bytes came (the desk is closing): nothing is moved into the store.
  if (options.signal?.aborted) throw new DeskError('failed', 'The download was stopped; it will resume.');
  return keep(files, partial, target);
}

/** Checks the finished bytes and moves them into the store, or deletes them. */
async function keep(files: FileStore, partial: string, target: DownloadTarget): Promise<Downloaded> {
  const { sha256, size } = await hashFile(partial);
  if (target.sizeInBytes !== null && size !== target.sizeInBytes) {
    await dropPartial(partial);
    throw new DeskError('rejected', `The file on the server is ${formatBytes(size)}, not the ${formatBytes(target.sizeInBytes)} the publisher listed; it was not kept.`);
  }
  if (target.sha256 !== null && sha256 !== target.sha256.toLowerCase()) {
    await dropPartial(partial);
    throw new DeskError('rejected', 'The file on the server is not the one the publisher listed (its fingerprint differs); it was not kept.');
  }
  await syncFile(partial);
  await rm(validatorsPath(partial), { force: true });
  await files.adopt(partial, sha256);
  return { sha256, sizeInBytes: size };
}

async function copyLocal(url: URL, target: DownloadTarget, partial: string, max: number, limits: DownloadLimits, signal?: AbortSignal): Promise<void> {
  if (target.localFolder === null) {
    throw new DeskError('rejected', 'A feed on the web cannot point to a file on this computer; it was not downloaded.');
  }
  let path: string;
  try {
    path = await realpath(fileURLToPath(url));
    const folder = await realpath(target.localFolder);
    const rel = relative(folder, path);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new DeskError('rejected', "The attachment is outside the local feed's folder; it was not copied.");
    }
    const info = await stat(path);
    if (!info.isFile()) throw new DeskError('rejected', 'The attachment is not a file; it was not copied.');
    if (info.size > max) throw tooLarge(max, limits);
    await pipeline(createReadStream(path), createWriteStream(partial), { signal });
  } catch (error) {
    await dropPartial(partial);
    if (error instanceof DeskError) throw error;
    if (signal?.aborted) throw new DeskError('failed', 'The copy was stopped; it will start again.', { cause: error });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DeskError('rejected', "The attachment is not in the local feed's folder.");
    throw asDeskError(error, 'Could not copy the attachment');
  }
}

async function fetchRemote(
  start: URL,
  partial: string,
  max: number,
  expectedSha256: string | null,
  limits: DownloadLimits,
  onProgress: ((p: DownloadProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  const have = (await stat(partial).catch(() => null))?.size ?? 0;
  const validator = have > 0 ? await readValidator(partial) : null;
  // Bytes are spliced only when something can tell they belong together: the server's version
  // (If-Range), or the sha256 the whole file is checked against at the end.
  const resumable = have > 0 && have <= max && (validator !== null || expectedSha256 !== null);
  if (have > 0 && !resumable) await dropPartial(partial);
  const resumeFrom = resumable ? have : 0;

  // One timer for silence: reset on every chunk, so a large file on a slow line is not cut while
  // bytes still flow.
  const idle = new AbortController();
  let timer = setTimeout(() => idle.abort(), limits.idleTimeoutMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), limits.idleTimeoutMs);
  };
  const aborted = signal ? AbortSignal.any([idle.signal, signal]) : idle.signal;
  try {
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*', 'accept-encoding': 'identity' };
    if (resumeFrom > 0) {
      headers.range = `bytes=${resumeFrom}-`;
      if (validator) headers['if-range'] = validator;
    }
    const response = await followRedirects(start, headers, limits, aborted);
    touch();
    let offset: number;
    if (response.status === 206 && resumeFrom > 0) {
      const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
      if (!range || Number(range[1]) !== resumeFrom) {
        await response.body?.cancel();
        await dropPartial(partial);
        throw new DeskError('failed', 'The server sent another part of the file than asked; the download starts over.');
      }
      offset = resumeFrom;
    } else if (response.status === 200) {
      offset = 0; // a fresh download, or a server that ignores Range: the whole file, from the start
    } else if (response.status === 416) {
      await response.body?.cancel();
      await dropPartial(partial);
      throw new DeskError('failed', 'The server could not continue the download; it starts over.');
    } else {
      await response.body?.cancel();
      throw statusError(response);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    const total = Number.isFinite(length) ? offset + length : null;
    if (total !== null && total > max) {
      await response.body?.cancel();
      await dropPartial(partial);
      throw tooLarge(max, limits);
    }
    await saveValidator(partial, response);
    let received = offset;
    onProgress?.({ bytesReceived: received, bytesTotal: total });
    if (!response.body) throw new DeskError('failed', 'The server sent no file.');
    // Chunk by chunk, each written before the next is read: whatever came before a cut is on the
    // disk for the resume (a stream pipeline would drop its buffered writes on the error).
    const reader = response.body.getReader();
    const file = await open(partial, offset === 0 ? 'w' : 'a');
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        touch();
        received += value.byteLength;
        if (received > max) {
          await reader.cancel().catch(() => undefined);
          await file.close();
          await dropPartial(partial);
          throw tooLarge(max, limits);
        }
        await file.write(value);
        onProgress?.({ bytesReceived: received, bytesTotal: total });
      }
    } finally {
      await file.close().catch(() => undefined);
    }
    if (total !== null && received < total) throw new DeskError('failed', 'The connection was cut before the end of the file; it will resume.');
  } catch (error) {
    if (error instanceof DeskError) throw error;
    throw networkError(error, idle.signal.aborted, signal?.aborted ?? false);
  } finally {
    clearTimeout(timer);
  }
}

/** Follows up to the limit of redirects, never from https down to http, never to another scheme. */
async function followRedirects(start: URL, headers: Record<string, string>, limits: DownloadLimits, signal: AbortSignal): Promise<Response> {
  let url = start;
  const seen = new Set<string>();
  for (let hop = 0; ; hop++) {
    seen.add(url.href);
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    if (response.status < 300 || response.status >= 400 || response.status === 304) return response;
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) throw new DeskError('rejected', 'The server redirected the download nowhere.');
    const next = new URL(location, url);
    if (next.protocol !== 'https:' && !(next.protocol === 'http:' && url.protocol === 'http:')) {
      throw new DeskError('rejected', `The server redirected the download to a link that is not https (${next.href}).`);
    }
    if (seen.has(next.href)) throw new DeskError('rejected', "The server's redirects go round in a loop.");
    if (hop + 1 > limits.maxRedirects) throw new DeskError('rejected', `The server redirected the download more than ${limits.maxRedirects} times.`);
    url = next;
  }
}

function statusError(response: Response): DeskError {
  if (response.status === 404 || response.status === 410) {
    return new DeskError('rejected', 'The server no longer has this file (it answered "not found").');
  }
  // Too many requests and server trouble pass; other refusals would be the same next time.
  const passing = response.status === 408 || response.status === 429 || response.status >= 500;
  return new DeskError(passing ? 'failed' : 'rejected', `The server answered ${response.status} ${response.statusText}`.trim() + '.');
}

function tooLarge(max: number, limits: DownloadLimits): DeskError {
  const whose = max < limits.maxFileBytes ? 'the size the publisher listed' : 'the limit for one attachment';
  return new DeskError('rejected', `The file is larger than ${whose} (${formatBytes(max)}); the download was stopped and nothing was kept.`);
}

function networkError(error: unknown, silent: boolean, stopped: boolean): DeskError {
  if (stopped) return new DeskError('failed', 'The download was stopped; it will resume.', { cause: error });
  if (silent) return new DeskError('failed', 'The server stopped sending the file; the download will resume.', { cause: error });
  const err = error as { cause?: { code?: string; message?: string }; code?: string; message?: string };
  const code = err.cause?.code ?? err.code;
  const reason = describeSystemError(code) ?? (code?.startsWith('UND_ERR') ? 'the connection was cut' : undefined) ?? err.cause?.message ?? err.message;
  return new DeskError('failed', `Could not download the file: ${reason ?? 'network error'}; it will be tried again.`, { cause: error });
}

function parseUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new DeskError('rejected', 'The attachment link is not a valid address.');
  }
}

// What identifies the server's version of the partial bytes, for If-Range: a strong ETag, else
// Last-Modified. Kept beside the partial file so a resume after a restart is still safe.
async function saveValidator(partial: string, response: Response): Promise<void> {
  const etag = response.headers.get('etag');
  const value = etag && !etag.startsWith('W/') ? etag : response.headers.get('last-modified');
  if (value) await writeFile(validatorsPath(partial), value);
  else await rm(validatorsPath(partial), { force: true });
}

async function readValidator(partial: string): Promise<string | null> {
  return (await readFile(validatorsPath(partial), 'utf8').catch(() => null)) || null;
}
