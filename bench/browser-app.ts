// The app in the browser mode, for the benchmark sections that time what a delegate sees in
// Chromium: the renderer built once for all of them, and a clock that runs inside the page, from
// an action until the page shows its result, so that no round trip to the driver is counted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { rendererConfig } from '../vite.renderer.config';

let built: Promise<string> | null = null;

/** The renderer, built once per run into a folder of its own (removed when the run ends). */
export function builtRenderer(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-bench-renderer-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await build({ ...rendererConfig, logLevel: 'warn', build: { ...rendererConfig.build, outDir: dir } });
    return dir;
  })();
  return built;
}

/**
 * Runs `action` (JavaScript statements) in the page and resolves with the milliseconds until
 * `condition` (a JavaScript expression) holds, checked at each change to the page.
 */
export async function timeUntil(page: Page, action: string, condition: string): Promise<number> {
  // As a string: tsx would wrap a function's inner functions in a helper the page does not have.
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!(${condition})) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    ${action};
  })`);
}

/** Navigates the app to `route` and resolves with the time until `selector` is in the page. */
export function timeTo(page: Page, route: string, selector: string): Promise<number> {
  return timeUntil(page, `location.hash = ${JSON.stringify(route)}`, `document.querySelector(${JSON.stringify(selector)})`);
}
