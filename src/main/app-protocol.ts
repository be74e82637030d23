// The built page is served from app://desk/, not file://. A file:// page has no origin of its own
// (every file on the disk is "same origin" to it); app:// gives the page one, so the CSP's
// 'self' and the navigation guard mean exactly "the app". Only files inside the built renderer
// folder are served, each with the Content Security Policy as a header.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../renderer/content-security-policy';
import { answerFile, requestedFile, type StoredFileLookup } from '../attachments/serve-file';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready: a standard, secure scheme gets an origin and fetch. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** `files` serves the attachments kept on the device at `app://desk/files/<sha256>`. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string, files?: StoredFileLookup): void {
  protocol.handle(APP_SCHEME, (request) => respond(request.url, rendererDir, files, request));
}

export async function respond(
  requestUrl: string,
  rendererDir: string,
  files?: StoredFileLookup,
  request?: Pick<Request, 'method' | 'headers'>,
): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  const file = requestedFile(url.pathname);
  if (file) {
    const answer = await answerFile(files ?? (async () => null), file.sha256, request?.headers.get('range'), request?.method === 'HEAD');
    if (answer.status === 404) return new Response('Not found', { status: 404 });
    const body = answer.body ? (Readable.toWeb(answer.body()) as ReadableStream<Uint8Array>) : null;
    return new Response(body, { status: answer.status, headers: answer.headers });
  }
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html';
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  const root = rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep;
  const path = join(root, relative);
  if (!path.startsWith(root)) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(path);
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
