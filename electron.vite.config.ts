// How the three halves of the desktop app are built into out/: the main process (Node, ESM),
// the preload (the only bridge between them) and the renderer (the React page).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      // Dependencies stay in node_modules rather than in the bundle: better-sqlite3 is a native
      // addon whose .node file must be loaded from disk (and unpacked from the asar), so it can
      // never be bundled. Named here so nobody turns the default off without seeing why.
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: { input: resolve('src/main/index.ts') },
    },
  },
  preload: {
    build: {
      // A sandboxed preload is not loaded by Node's module system: it can neither be ESM nor
      // require anything but 'electron'. So it is one self-contained CommonJS file, with every
      // import bundled in. The package is "type": "module", hence the explicit .cjs name.
      externalizeDeps: false,
      rolldownOptions: {
        input: resolve('src/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
