// What the page may not do, whatever code ends up running in it: open windows, navigate
// elsewhere, or be granted browser permissions (camera, notifications, geolocation...).
// Follows Electron's security checklist; the page talks to the app only through the preload.
import { shell, type Session, type WebContents } from 'electron';
import { isOwnPage } from './renderer-entry';

// Links a delegate may reasonably click in a paper or a contact card. Anything else (file:,
// javascript:, custom protocols that launch other programs) goes nowhere.
const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

export function isExternalLink(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function guardWebContents(contents: WebContents, entryUrl: string): void {
  // No second Electron window ever: it would be a window without our guards. A web link goes
  // to the system browser instead, where it belongs.
  contents.setWindowOpenHandler(({ url }) => {
    // Only https, http and mailto reach the system browser (isExternalLink), never file: or a
    // scheme that launches another program.
    if (isExternalLink(url)) void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    return { action: 'deny' };
  });

  // The window only ever shows the app. Not even web links are forwarded here: a navigation can
  // be started by script, and the UI opens its links with target="_blank" (see above) anyway.
  contents.on('will-navigate', (event) => {
    if (!isOwnPage(event.url, entryUrl)) event.preventDefault();
  });
}

/** Writing to the clipboard (the contacts' copy buttons); nothing reads it. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/** Refuses every permission request and check but the few the UI needs, named above. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}
