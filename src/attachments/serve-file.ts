// How a stored file is answered to the renderer, the same way by the browser host (`/files/<sha>`)
// and the desktop app's protocol (`app://desk/files/<sha>`): its recorded type, never sniffed,
// shown inline, and one byte range when asked (pdf.js reads large PDFs by ranges).
import { createReadStream, type ReadStream } from 'node:fs';
import type { Store } from '../store/open';
import { FILES_FOLDER, isSha256, type FileStore } from './file-store';

export interface FileAnswer {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  /** The bytes to send (none for HEAD, a 404 or a 416). */
  body: (() => ReadStream) | null;
}

/** A resolver of `files/<sha256>` for a host: the desk's store and file store. */
export type StoredFileLookup = (sha256: string) => ReturnType<FileStore['find']>;

export function storedFileLookup(db: Store, files: FileStore): StoredFileLookup {
  return (sha256) => files.find(db, sha256);
}

/** The sha256 in a request path `/files/<sha256>`, or null when the path is not one of them. */
export function requestedFile(pathname: string): { sha256: string | null } | null {
  const prefix = `/${FILES_FOLDER}/`;
  if (!pathname.startsWith(prefix)) return null;
  const name = pathname.slice(prefix.length);
  return { sha256: isSha256(name) ? name : null };
}

/**
 * A feed's file is served from the app's own origin, so a file the publisher calls `text/html` or
 * `image/svg+xml` must not run as the app if someone opens it directly: it gets a sandbox (an
 * opaque origin, no scripts) and may load nothing. The reader fetches bytes, which this leaves alone.
 */
export const FILE_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'";

const NOT_FOUND: FileAnswer = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
  body: null,
};

export async function answerFile(
  lookup: StoredFileLookup,
  sha256: string | null,
  range: string | undefined | null,
  headOnly: boolean,
): Promise<FileAnswer> {
  const file = sha256 === null ? null : await lookup(sha256);
  if (!file) return NOT_FOUND;
  const size = file.sizeInBytes;
  const headers: Record<string, string> = {
    'content-type': file.mimeType,
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
    'content-security-policy': FILE_CONTENT_SECURITY_POLICY,
    'cross-origin-resource-policy': 'same-origin',
    'accept-ranges': 'bytes',
    // The name is the content's hash: these bytes never change.
    'cache-control': 'private, max-age=31536000, immutable',
  };
  const wanted = byteRange(range, size);
  if (wanted === 'unsatisfiable') {
    return { status: 416, headers: { ...headers, 'content-range': `bytes */${size}`, 'content-length': '0' }, body: null };
  }
  if (wanted === null) {
    return {
      status: 200,
      headers: { ...headers, 'content-length': String(size) },
      body: headOnly ? null : () => createReadStream(file.path),
    };
  }
  const { start, end } = wanted;
  return {
    status: 206,
    headers: { ...headers, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${size}` },
    body: headOnly ? null : () => createReadStream(file.path, { start, end }),
  };
}

/**
 * One range of a `Range: bytes=…` header (RFC 9110 §14.1.2). Several ranges, or a header that
 * cannot be read, get the whole file, which the RFC allows; a range wholly past the end is 416.
 */
export function byteRange(header: string | undefined | null, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
