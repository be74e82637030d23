// A running browser-mode desk for each test: a fresh store seeded with the sample feed, the host
// on a free port, and a page that has already traded the launch token for its cookie.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Desk } from '../../src/desk/desk';
import { createHandlers } from '../../src/api/handlers';
import { startWebHost, type WebHost } from '../../src/web/host';

export interface DeskFixture {
  desk: Desk;
  host: WebHost;
  /** Opens a route of the app (e.g. "/meetings") in the page. */
  open: (route: string) => Promise<void>;
  origin: string;
}

export const test = base.extend<{ app: DeskFixture; pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  app: async ({ page }, use) => {
    const desk = await Desk.open({
      storePath: join(mkdtempSync(join(tmpdir(), 'dd-e2e-')), 'desk.db'),
      mode: 'browser',
      version: 'e2e',
      seedSample: true,
    });
    const host = await startWebHost({
      handlers: createHandlers(desk),
      files: desk.storedFiles,
      rendererDir: fileURLToPath(new URL('../../out/renderer/', import.meta.url)),
    });
    const origin = `http://127.0.0.1:${host.port}`;
    await page.goto(host.url);
    const open = async (route: string) => {
      await page.goto(`${origin}/#${route}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Delegate Desk' })).toBeVisible();
    };
    await use({ desk, host, open, origin });
    await host.close();
    desk.close();
  },
});

export { expect, type Page };
