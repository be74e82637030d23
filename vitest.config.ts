import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // electron-vite builds `import entry from './x?modulePath'` as a module of its own and
      // gives its path (the main process starts the PDF text worker so). Under the tests the
      // source file is that module: its path is what the import gives.
      name: 'module-path-as-source',
      enforce: 'pre',
      load(id) {
        const [path, query] = id.split('?');
        return query === 'modulePath' ? `export default ${JSON.stringify(path)};` : null;
      },
    },
  ],
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['./tests/support/global-temp.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // better-sqlite3 is a native addon: separate processes keep each file's stores apart.
    pool: 'forks',
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
