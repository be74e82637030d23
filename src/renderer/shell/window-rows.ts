// A long list or table that scrolls with the page, with only the rows in view (and a few either
// side) in it: the directory with thousands of contacts, years of past meetings. Rows keep their
// natural height, measured once shown (`measure` as each row's ref, with data-index set); what is
// above and below the rows in the page is given as `before` and `after`, for spacers.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';

export interface WindowRows<E extends HTMLElement> {
  /** The ref for the element the rows start in (a table body, a list). */
  start: React.RefObject<E | null>;
  rows: VirtualItem[];
  before: number;
  after: number;
  measure: (row: Element | null) => void;
  virtualizer: Virtualizer<Window, Element>;
}

export function useWindowRows<E extends HTMLElement>(options: {
  count: number;
  key: (index: number) => string;
  /** A row's height in pixels before it is measured. */
  estimate: number;
  /** Pixels between two rows (a flex gap). */
  gap?: number;
}): WindowRows<E> {
  const start = useRef<E>(null);
  // Where the rows start in the page: what lies above them (title, filters) scrolls first, and
  // moves when that content changes height (filters wrapping, a message shown).
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measureOffset = () => {
      const top = start.current ? start.current.getBoundingClientRect().top + window.scrollY : 0;
      setScrollMargin((current) => (Math.abs(current - top) < 1 ? current : top));
    };
    measureOffset();
    const observer = new ResizeObserver(measureOffset);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: options.count,
    estimateSize: () => options.estimate,
    overscan: 8,
    gap: options.gap ?? 0,
    scrollMargin,
    getItemKey: options.key,
  });
  useStayAtEnd(virtualizer.getTotalSize(), options.count);

  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    start,
    rows,
    before: first ? first.start - scrollMargin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
    measure: virtualizer.measureElement,
    virtualizer,
  };
}

/**
 * End goes to the end of the rows as estimated; the last rows, measured once shown, are usually
 * taller, and the page grows under the delegate, leaving the last row cut off. So End is taken
 * here: straight to the bottom, and again each time the page grows in the moment after. Someone
 * who scrolled to the very bottom stays there too as it grows. Only for the same rows: a new
 * filter that lengthens the list carries nobody to its end.
 */
function useStayAtEnd(totalSize: number, count: number): void {
  const atEnd = useRef(false);
  const pinnedUntil = useRef(0);
  useEffect(() => {
    const toBottom = () => window.scrollTo({ top: document.documentElement.scrollHeight });
    const onScroll = () => {
      const page = document.documentElement;
      atEnd.current = window.scrollY > 0 && window.scrollY + window.innerHeight >= page.scrollHeight - 2;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'End' || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (ownsEnd(event.target)) return;
      event.preventDefault();
      pinnedUntil.current = performance.now() + 1000;
      toBottom();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  const shown = useRef(count);
  useLayoutEffect(() => {
    const sameRows = shown.current === count;
    shown.current = count;
    if (sameRows && (atEnd.current || performance.now() < pinnedUntil.current)) {
      window.scrollTo({ top: document.documentElement.scrollHeight });
    }
  }, [totalSize, count]);
}

/** Whether End pressed there belongs to it (the end of a text, a slider's top, a list's last
 *  option, a drawer over the page) rather than to the page. A radio button, a checkbox or a button
 *  on the page leaves it to the page. */
function ownsEnd(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const owners = 'textarea, select, [role="listbox"], [role="menu"], [role="grid"], [role="slider"], [role="dialog"]';
  if (target.isContentEditable || target.closest(owners)) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'file', 'color'].includes(target.type);
}
