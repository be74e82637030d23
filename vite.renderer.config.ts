// The renderer's build, shared by the desktop app (electron.vite.config.ts) and the browser mode
// (`npm run web`), so both serve the very same page.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/renderer/content-security-policy.ts';

/** Writes the one Content Security Policy into index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'delegate-desk-csp',
    transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY),
  };
}

export const rendererConfig: UserConfig = {
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: resolve('out/renderer'),
    emptyOutDir: true,
    // A desktop app loads from disk: one bigger bundle costs less than many requests.
    chunkSizeWarningLimit: 4096,
    // The browsers that support CSS light-dark() (Electron 45 is Chromium 140): with an older
    // target the build lowers light-dark() to variables that Mantine never sets, and the rule is
    // silently lost in both schemes.
    cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
    rolldownOptions: { input: resolve('src/renderer/index.html') },
  },
};

export default rendererConfig;
