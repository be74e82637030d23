// Where the delegate was on each page, for as long as the window is open: Back and Forward put
// them there again (a meeting's agenda after the paper of its sixth item, the 230th search result
// after two "Show more"), and so does reloading the window. The browser's own restoring is turned
// off: it runs before the page has drawn what it shows, so it lands short. A page reached anew
// (a link, an address typed, Back to a page left at its top) starts at its top: the window keeps
// its scroll across an address change, so a page whose content is there at once (the directory,
// already read) opened at the depth the last page was read to. The router (hash-location.ts) says
// when a page is left and when one is reached.

/** Scroll offsets by address (the hash); the oldest is forgotten first. */
const kept = new Map<string, number>();
const MOST_KEPT = 100;
/** How long a page may take to draw tall enough to go back to where it was. */
const MOST_WAIT_MS = 2000;

/** What the delegate does that ends a restoring under way: they lead from then on. */
const INPUTS = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

let restoring: (() => void) | null = null;
let cameBack = false;

function keep(address: string, y: number): void {
  kept.delete(address);
  kept.set(address, y);
  if (kept.size > MOST_KEPT) kept.delete(kept.keys().next().value!);
}

/** Where the page was as the window was reloaded: for this tab only, and only that one place. */
const RELOAD_KEY = 'delegate-desk:scroll-at-reload';

if (typeof window !== 'undefined') {
  history.scrollRestoration = 'manual';
  addEventListener('scroll', () => {
    if (!restoring) keep(location.hash, scrollY);
  }, { passive: true });
  addEventListener('pagehide', () => sessionStorage.setItem(RELOAD_KEY, JSON.stringify([location.hash, scrollY])));
  const reloaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';
  const atReload = sessionStorage.getItem(RELOAD_KEY);
  sessionStorage.removeItem(RELOAD_KEY);
  if (reloaded && atReload) {
    try {
      const [address, y] = JSON.parse(atReload) as [string, number];
      if (address === location.hash && Number.isFinite(y)) {
        keep(address, y);
        cameBackToPage();
      }
    } catch {
      // An unreadable note of where the page was: the page opens at its top.
    }
  }
}

/** Before a link or a navigation leaves the page: its place, even if a scroll just now is not reported yet. */
export function leavingPage(): void {
  cameBack = false;
  restoring?.();
  keep(location.hash, scrollY);
}

/** A link or a navigation of the app's own reached another page: it starts at its top. */
export function reachedNewPage(): void {
  restoring?.();
  cameBack = false;
  window.scrollTo(0, 0);
}

/**
 * Back or Forward (or an address typed) came to `location.hash`: puts the page where it was, once
 * it is drawn tall enough (waiting a frame at a time, two seconds at most). Scrolling, a key or a
 * click first leaves the delegate where they are. Another page with no place kept starts at its
 * top; the same page with only its query changed stays where it is.
 */
export function cameBackToPage(otherPage = true): void {
  restoring?.();
  const address = location.hash;
  const y = kept.get(address) ?? 0;
  cameBack = y > 0;
  if (!cameBack) {
    if (otherPage) window.scrollTo(0, 0);
    return;
  }
  const until = performance.now() + MOST_WAIT_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of INPUTS) removeEventListener(type, stop);
    restoring = null;
  };
  const step = () => {
    if (location.hash !== address) return stop();
    const reachable = document.documentElement.scrollHeight - innerHeight;
    window.scrollTo(0, Math.min(y, Math.max(0, reachable)));
    if (reachable >= y || performance.now() > until) return stop();
    frame = requestAnimationFrame(step);
  };
  for (const type of INPUTS) addEventListener(type, stop, { passive: true });
  restoring = stop;
  frame = requestAnimationFrame(step);
}

/**
 * Whether this page was reached by Back or Forward with a place to go back to: a page that puts
 * the focus somewhere as it opens must not then (focusing scrolls to what is focused).
 */
export function cameBackToPlace(): boolean {
  return cameBack;
}
