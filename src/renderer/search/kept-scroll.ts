// Where the delegate was in each search's results, for as long as the window is open: coming back
// to a search (Back from a result, often the 230th after two "Show more") puts them there again,
// as the Library does with its list. Kept by the search's address, which holds how many results
// are listed, so the page is as long as it was.
import { useLayoutEffect, useRef, useState } from 'react';

const kept = new Map<string, number>();
/** Searches remembered; the oldest is forgotten first. */
const MOST_KEPT = 50;

/**
 * Keeps the window's scroll for `search`, and puts it back once its results are `ready` on this
 * page's first showing. Says whether it will: then the page must not move the focus to its top
 * (an autofocused box scrolls itself into view).
 */
export function useScrollKept(search: string, ready: boolean): boolean {
  const [returning] = useState(() => (kept.get(search) ?? 0) > 0);
  // A layout effect: its cleanup runs as the page is taken down, while its results are still in
  // place. It keeps the scroll once more there (a click can follow a scroll before the browser
  // reports it), and the listener goes before the shorter page that follows clips the scroll,
  // which the browser would report as a scroll of this page.
  useLayoutEffect(() => {
    const keep = () => {
      kept.delete(search);
      kept.set(search, window.scrollY);
      if (kept.size > MOST_KEPT) kept.delete(kept.keys().next().value!);
    };
    addEventListener('scroll', keep, { passive: true });
    return () => {
      keep();
      removeEventListener('scroll', keep);
    };
  }, [search]);

  // Only as the page opens: typing a search seen earlier must not jump the page.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || !ready) return;
    restored.current = true;
    const y = kept.get(search);
    // A block body: newer Chromium returns a promise from scrollTo, which React would take for a cleanup.
    if (y !== undefined) {
      window.scrollTo(0, y);
    }
  }, [search, ready]);
  return returning;
}
