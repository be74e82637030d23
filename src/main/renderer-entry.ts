// Which page the window shows, and which URLs count as that page. The navigation guard allows
// exactly these and nothing else, so the two answers live side by side.

import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL } from './app-protocol';

/**
 * The Vite dev server while `electron-vite dev` runs (it sets ELECTRON_RENDERER_URL), otherwise
 * the built page served on app:// (see app-protocol.ts).
 */
export function rendererEntryUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.ELECTRON_RENDERER_URL || APP_ENTRY_URL;
}

/** The built page's folder, next to this bundle (out/main/index.js -> out/renderer/). */
export function rendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

/** Whether `target` is the app's own page (any route or hash of it), not somewhere else. */
export function isOwnPage(target: string, entryUrl: string): boolean {
  let url: URL;
  let home: URL;
  try {
    url = new URL(target);
    home = new URL(entryUrl);
  } catch {
    return false;
  }
  // file:// URLs all share the opaque origin "null", so compare the file itself instead:
  // allowing "any file:" would let the page walk to any HTML file on the disk.
  if (home.protocol === 'file:') {
    return url.protocol === 'file:' && url.host === home.host && url.pathname === home.pathname;
  }
  // Not `url.origin`: for a custom scheme such as app:// the WHATWG origin is the opaque "null",
  // the same as any file:// page's, so it would let a local file pass for the app.
  return url.protocol === home.protocol && url.host === home.host;
}
