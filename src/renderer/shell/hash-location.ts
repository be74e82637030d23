// Hash routing that keeps the query inside the hash (#/search?q=5G), so a search is an address
// like any other: it can be opened directly, and Back returns to it. wouter's own hash hook
// matches routes against the whole hash and writes the query outside it.
import { useSyncExternalStore } from 'react';
import { leaveWhenAllowed } from './leave-question';

const subscribe = (callback: () => void) => {
  addEventListener('hashchange', callback);
  return () => removeEventListener('hashchange', callback);
};
const hash = () => location.hash.replace(/^#?\/?/, '/');
const currentPath = () => hash().split('?')[0]!;
const currentSearch = () => hash().split('?')[1] ?? '';

export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const path = to.replace(/^#?\/?/, '/').split('?')[0];
  leaveWhenAllowed(path === currentPath(), () => go(to, options));
}

function go(to: string, { replace = false, state = null }: { replace?: boolean; state?: unknown }): void {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = to.replace(/^#?\/?/, '/');
  url.search = '';
  history[replace ? 'replaceState' : 'pushState'](state, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

export const useHashSearch = (): string => useSyncExternalStore(subscribe, currentSearch);

export function useHashLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentPath), navigate];
}
useHashLocation.hrefs = (href: string) => `#${href}`;
useHashLocation.searchHook = useHashSearch;
