// This window's run, and which windows are open now. Writing kept in the store (kept-writing.ts)
// is offered back only once the window that wrote it is gone: another tab of the browser mode, still
// open, still shows its own text, and offering it here too would put it in two places. Each window
// holds a Web Lock named after its session for as long as it lives; the browser (or Electron, one
// origin as well) lets it go when the window closes, reloads or crashes, so the locks held are the
// windows open.

/** This window's run. */
export const WINDOW_SESSION = crypto.randomUUID();

const LOCK_PREFIX = 'delegate-desk.window.';
/** As many as the API takes (src/api/contract.ts). */
const MOST_WINDOWS = 100;

// Held until the window goes: the promise never settles.
void navigator.locks?.request(LOCK_PREFIX + WINDOW_SESSION, () => new Promise<never>(() => undefined));

/** The sessions of every window open now, this one's first. */
export async function openWindowSessions(): Promise<string[]> {
  const held = navigator.locks ? (await navigator.locks.query()).held ?? [] : [];
  const others = held
    .map((lock) => lock.name ?? '')
    .filter((name) => name.startsWith(LOCK_PREFIX))
    .map((name) => name.slice(LOCK_PREFIX.length))
    .filter((session) => session !== WINDOW_SESSION);
  return [WINDOW_SESSION, ...new Set(others)].slice(0, MOST_WINDOWS);
}
