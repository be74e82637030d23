// End-to-end tests of the UI in the browser mode, driven in Chromium. Playwright cannot download
// its own browser on our machines, so it uses the system's (Debian's chromium by default;
// CHROMIUM_PATH overrides). Each test file starts its own host on a throwaway store.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
    // The app honours "reduce motion" (no drawer or modal transitions), so a test never acts on a
    // dialog that is still sliding in.
    reducedMotion: 'reduce',
  },
});
