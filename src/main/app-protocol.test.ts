import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { respond } from './app-protocol';

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
