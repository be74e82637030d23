import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { respond } from './app-protocol';
import { storedFileLookup } from '../attachments/serve-file';
import { storeWithFile } from '../../tests/support/stored-file';

const root = mkdtempSync(join(tmpdir(), 'dd-renderer-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Delegate Desk</title>');
writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'dd-secret.txt'), 'secret');

describe('the app:// protocol', () => {
  it('serves the built page with its type and the Content Security Policy', async () => {
    const page = await respond('app://desk/index.html', root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    expect(await page.text()).toContain('Delegate Desk');
    expect((await respond('app://desk/assets/index.js', root)).headers.get('content-type')).toMatch(/javascript/);
    expect((await respond('app://desk/', root)).status).toBe(200);
  });

  it('serves nothing outside the renderer folder, nor for another host', async () => {
    for (const url of ['app://desk/../dd-secret.txt', 'app://desk/%2e%2e/dd-secret.txt', 'app://desk/..%2fdd-secret.txt', 'app://desk/missing.js', 'app://other/index.html']) {
      expect((await respond(url, root)).status, url).toBe(404);
    }
  });
});

describe('the app:// protocol serving stored files', () => {
  const bytes = Buffer.from('%PDF-1.7 a small paper, kept on the device');
  const { db, files, sha256 } = storeWithFile(bytes);
  const lookup = storedFileLookup(db, files);

  it('serves app://desk/files/<sha256> with its recorded type, inline, never sniffed', async () => {
    const answer = await respond(`app://desk/files/${sha256}`, root, lookup, new Request('app://desk/', { method: 'GET' }));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-disposition')).toBe('inline');
    expect(answer.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(bytes);
  });

  it('answers a Range with 206 and just those bytes', async () => {
    const answer = await respond(`app://desk/files/${sha256}`, root, lookup, new Request('app://desk/', { headers: { range: 'bytes=1-4' } }));
    expect(answer.status).toBe(206);
    expect(answer.headers.get('content-range')).toBe(`bytes 1-4/${bytes.length}`);
    expect(await answer.text()).toBe('PDF-');
    const past = await respond(`app://desk/files/${sha256}`, root, lookup, new Request('app://desk/', { headers: { range: `bytes=${bytes.length}-` } }));
    expect(past.status).toBe(416);
  });

  it('answers 404 for any other name, an unknown sha256, or when no files are served', async () => {
    for (const name of [sha256.toUpperCase(), sha256.slice(1), `${sha256}.pdf`, 'f'.repeat(64), `..%2f${sha256}`]) {
      expect((await respond(`app://desk/files/${name}`, root, lookup)).status, name).toBe(404);
    }
    expect((await respond(`app://desk/files/${sha256}`, root)).status).toBe(404);
  });
});
