// Hash routing that keeps the query inside the hash (#/search?q=5G), so a search is an address
// like any other: it can be opened directly, and Back returns to it. wouter's own hash hook
// matches routes against the whole hash and writes the query outside it.
import { useSyncExternalStore } from 'react';
import { leaveWhenAllowed } from './leave-question';
import { hasUnsavedWorkOnPage } from './unsaved-work';
import { cameBackToPage, leavingPage, reachedNewPage } from './page-scroll';

const subscribe = (callback: () => void) => {
  addEventListener('hashchange', callback);
  return () => removeEventListener('hashchange', callback);
};
/** The route an address holds in its hash: "/search?q=5G" for …#/search?q=5G. */
const routeOf = (hash: string) => hash.replace(/^#?\/?/, '/');
const pathOf = (url: string) => routeOf(new URL(url).hash).split('?')[0]!;
const currentPath = () => routeOf(location.hash).split('?')[0]!;
const currentSearch = () => routeOf(location.hash).split('?')[1] ?? '';

// A move this module announces itself: already allowed (navigate, or the question below).
let ours = false;

/**
 * Back and Forward (and an address typed in the browser mode) change the address before the page
 * hears of it. With work unsaved on the page, the change is held before the router sees it:
 * registered when this module loads, this listener runs before the router's. The address is put
 * back, and the move waits for the same question a link asks ("Leave this page?").
 */
addEventListener('hashchange', (event) => {
  if (ours) return;
  const otherPage = pathOf(event.oldURL) !== pathOf(event.newURL);
  if (!otherPage || !hasUnsavedWorkOnPage()) {
    // Back, Forward or an address typed: the page it comes to goes back to where it was.
    cameBackToPage(otherPage);
    return;
  }
  event.stopImmediatePropagation();
  const to = event.newURL;
  history.pushState(null, '', event.oldURL);
  leaveWhenAllowed(false, () => {
    const oldURL = location.href;
    leavingPage();
    history.pushState(null, '', to);
    cameBackToPage();
    announce(oldURL, to);
  });
});

function announce(oldURL: string, newURL: string): void {
  ours = true;
  try {
    dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL }));
  } finally {
    ours = false;
  }
}

export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const samePage = routeOf(to).split('?')[0] === currentPath();
  leaveWhenAllowed(samePage, () => go(to, samePage, options));
}

function go(to: string, samePage: boolean, { replace = false, state = null }: { replace?: boolean; state?: unknown }): void {
  leavingPage();
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = routeOf(to);
  url.search = '';
  history[replace ? 'replaceState' : 'pushState'](state, '', url.href);
  // A filter or a query written into the address keeps the page where it is.
  if (!samePage) reachedNewPage();
  announce(oldURL, url.href);
}

export const useHashSearch = (): string => useSyncExternalStore(subscribe, currentSearch);

export function useHashLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentPath), navigate];
}
useHashLocation.hrefs = (href: string) => `#${href}`;
useHashLocation.searchHook = useHashSearch;
