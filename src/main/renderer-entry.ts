// Which page the window shows, and which URLs count as that page. The navigation guard allows
// exactly these and nothing else, so the two answers live side by side.

/**
 * The Vite dev server while `electron-vite dev` runs (it sets ELECTRON_RENDERER_URL), otherwise
 * the built page next to this bundle (out/main/index.js -> out/renderer/index.html).
 */
export function rendererEntryUrl(env: NodeJS.ProcessEnv = process.env): string {
  // TODO(next issue): serve the built page from a custom app:// protocol instead of file://.
  // A file:// page has no real origin: every file on the disk is "same origin" to it, and
  // fetch/CSP 'self' mean less than they should. app:// gives the page an origin of its own.
  return env.ELECTRON_RENDERER_URL || new URL('../renderer/index.html', import.meta.url).href;
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
  return url.origin === home.origin;
}
