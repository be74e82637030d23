// Looks at a view the way a delegate would: starts the browser mode on a throwaway store seeded
// with the sample feed, opens a route in Debian's Chromium and saves a screenshot.
//   npx tsx scripts/look.ts /meetings out.png [--dark] [--width 1280] [--height 800]
// Build the page first: npm run build:web
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { Desk } from '../src/desk/desk';
import { createHandlers } from '../src/api/handlers';
import { startWebHost } from '../src/web/host';

const [route = '/', out = '/tmp/look.png', ...flags] = process.argv.slice(2);
const dark = flags.includes('--dark');
const width = Number(flags[flags.indexOf('--width') + 1]) || 1280;
const height = Number(flags[flags.indexOf('--height') + 1]) || 800;

const desk = await Desk.open({
  storePath: join(mkdtempSync(join(tmpdir(), 'dd-look-')), 'desk.db'),
  mode: 'browser',
  version: 'look',
  seedSample: true,
});
const host = await startWebHost({
  handlers: createHandlers(desk),
  rendererDir: fileURLToPath(new URL('../out/renderer/', import.meta.url)),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(host.url);
  await page.goto(`http://127.0.0.1:${host.port}/#${route}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await host.close();
  desk.close();
}
