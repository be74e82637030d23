// The browser host serves the attachments kept on the device at /files/<sha256>, behind the same
// token as the API, with their recorded type, never sniffed, and by byte ranges for pdf.js.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../src/web/host';
import { storedFileLookup } from '../src/attachments/serve-file';
import type { Handlers } from '../src/api/dispatch';
import { storeWithFile } from './support/stored-file';

const bytes = Buffer.from('%PDF-1.7 the 5G toolbox, kept for the train');
const { db, files, sha256 } = storeWithFile(bytes);
let host: WebHost;
let base: string;
const token = 'a-test-token-that-is-long-enough-0123456789';

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'dd-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Delegate Desk</title>');
  host = await startWebHost({ handlers: {} as Handlers, rendererDir, token, files: storedFileLookup(db, files) });
  base = `http://127.0.0.1:${host.port}`;
});
afterAll(() => host.close());

const withToken = (headers: Record<string, string> = {}) => ({ headers: { 'x-desk-token': token, ...headers } });

it('serves a stored file with its type, inline, nosniff and a sandbox', async () => {
  const answer = await fetch(`${base}/files/${sha256}`, withToken());
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/pdf');
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  expect(answer.headers.get('content-disposition')).toBe('inline');
  expect(answer.headers.get('accept-ranges')).toBe('bytes');
  expect(answer.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
  expect(Buffer.from(await answer.arrayBuffer())).toEqual(bytes);
  const head = await fetch(`${base}/files/${sha256}`, { method: 'HEAD', ...withToken() });
  expect(head.headers.get('content-length')).toBe(String(bytes.length));
});

it('answers a Range request with 206 and only those bytes', async () => {
  const answer = await fetch(`${base}/files/${sha256}`, withToken({ range: 'bytes=9-11' }));
  expect(answer.status).toBe(206);
  expect(answer.headers.get('content-range')).toBe(`bytes 9-11/${bytes.length}`);
  expect(await answer.text()).toBe('the');
  expect((await fetch(`${base}/files/${sha256}`, withToken({ range: 'bytes=9999-' }))).status).toBe(416);
});

it('refuses a request without the token, as for the API', async () => {
  expect((await fetch(`${base}/files/${sha256}`)).status).toBe(403);
});

it('answers 404 (never the app page) for a name that is not a stored sha256', async () => {
  for (const name of [sha256.toUpperCase(), `${sha256}.pdf`, sha256.slice(2), 'b'.repeat(64), '..%2fdesk.db', '']) {
    const answer = await fetch(`${base}/files/${name}`, withToken());
    expect(answer.status, name).toBe(404);
  }
});
