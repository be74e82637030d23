import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // better-sqlite3 is a native addon: separate processes keep each file's stores apart.
    pool: 'forks',
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
