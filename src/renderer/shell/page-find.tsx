// Find on this page (Ctrl/Cmd+F), as a browser has it and the desktop app's window has not: the
// page's text (or the open drawer's, the dialog on top) searched as the app's search reads words
// (find-text.ts), every match marked, the one shown scrolled to, Enter and Shift+Enter to step,
// Escape to close. Matches are painted with the CSS Custom Highlight API, so the page's own markup
// (a paper's highlights, links) is never touched; they follow the page as it changes. The PDF
// reader has its own find, and claims the key while it is open (useOwnFind).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useHotkeys } from '@mantine/hooks';
import { Paper } from '@mantine/core';
import { useLocation } from 'wouter';
import { FindBar } from './find-bar';
import { findPhrase } from './find-text';
import './page-find.css';

/** Find, on the page and in the PDF reader. */
export const FIND_SHORTCUT = 'mod+F';

const ALL = 'dd-find';
const SHOWN = 'dd-find-current';
/** How long the page must be still before its matches are looked for again. */
const SETTLE_MS = 150;

let ownFinders = 0;

/** A view with a find of its own (the PDF reader): Ctrl/Cmd+F is its while it is shown. */
export function useOwnFind(): void {
  useEffect(() => {
    ownFinders += 1;
    return () => {
      ownFinders -= 1;
    };
  }, []);
}

interface Find {
  open: boolean;
  query: string;
  /** Changes at each Ctrl/Cmd+F: the field takes the keyboard again. */
  focusKey: number;
}

/** The text nodes of the page a reader sees: not the find bar's, not hidden, not only for screen readers. */
function readableText(root: Element): { nodes: Text[]; text: string; starts: number[] } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || !node.nodeValue?.trim() || parent.closest('.dd-find, script, style, [aria-hidden="true"]')) return NodeFilter.FILTER_REJECT;
      if (!parent.checkVisibility()) return NodeFilter.FILTER_REJECT;
      // Text kept for screen readers only sits in a box of one pixel.
      const box = parent.getBoundingClientRect();
      return box.width <= 1 && box.height <= 1 ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    // A separator, so words in two blocks never run together into one match.
    text += `${node.nodeValue}\n`;
  }
  return { nodes, text, starts };
}

function rangesOf(root: Element, query: string): Range[] {
  const { nodes, text, starts } = readableText(root);
  const at = (offset: number): [Text, number] => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i -= 1;
    return [nodes[i]!, Math.min(offset - starts[i]!, nodes[i]!.length)];
  };
  return findPhrase(text, query).map(([start, end]) => {
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(end));
    return range;
  });
}

function paint(ranges: Range[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(ALL, new Highlight(...ranges));
  const shown = ranges[current];
  if (shown) CSS.highlights.set(SHOWN, new Highlight(shown));
  else CSS.highlights.delete(SHOWN);
}

function unpaint(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(SHOWN);
}

/** Where to look: the dialog or drawer on top, if one is open (it is what the delegate reads), else the page. */
function findRoot(): Element | null {
  const dialogs = document.querySelectorAll('[role="dialog"][aria-modal="true"]');
  return dialogs[dialogs.length - 1] ?? document.querySelector('main');
}

/** What scrolls around an element: a drawer's body, or else the window. */
function scrollerOf(element: Element | null): Element | null {
  for (let e = element; e && e !== document.body; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if ((overflowY === 'auto' || overflowY === 'scroll') && e.scrollHeight > e.clientHeight) return e;
  }
  return null;
}

/**
 * Brings a match into the middle of what scrolls around it, unless it is in view already. The
 * match itself, not its element: a paper's paragraph may be taller than the window.
 */
function reveal(range: Range): void {
  const box = range.getBoundingClientRect();
  const scroller = scrollerOf(range.startContainer.parentElement);
  const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  // Clear of the header and the find bar beside it when the window scrolls.
  const top = scroller ? view.top : 110;
  if (box.top >= top && box.bottom <= view.bottom) return;
  const by = box.top - (view.top + view.bottom) / 2;
  if (scroller) scroller.scrollBy({ top: by });
  else window.scrollBy({ top: by });
}

export function PageFind() {
  const [find, setFind] = useState<Find>({ open: false, query: '', focusKey: 0 });
  const [location] = useLocation();
  // The page's text changed (loaded, edited): a number that moves on, so the matches are read again.
  const [edition, setEdition] = useState(0);
  const [current, setCurrent] = useState(0);
  const revealNext = useRef(false);

  /** Where the keyboard was before the find: it goes back there when the find closes. */
  const before = useRef<HTMLElement | null>(null);
  const open = () => {
    if (ownFinders > 0) return;
    if (!find.open && document.activeElement instanceof HTMLElement) before.current = document.activeElement;
    setFind((f) => ({ ...f, open: true, focusKey: f.focusKey + 1 }));
  };
  const close = () => {
    setFind((f) => ({ ...f, open: false }));
    if (before.current?.isConnected) before.current.focus({ preventScroll: true });
    before.current = null;
  };
  // From anywhere, a text field included: the browser's own find is not there to fall back on.
  useHotkeys([[FIND_SHORTCUT, open]], []);

  // Another page: the find goes with the one it was for.
  useEffect(() => setFind((f) => ({ ...f, open: false })), [location]);

  useEffect(() => {
    if (!find.open) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setEdition((e) => e + 1), SETTLE_MS);
    });
    // The whole body: a drawer opening or closing changes where to look, too.
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [find.open]);

  const ranges = useMemo(() => {
    const root = find.open && find.query.trim() ? findRoot() : null;
    return root ? rangesOf(root, find.query) : [];
    // `edition` stands for the page's text.
  }, [find.open, find.query, edition]);

  // A new query starts at the first match, shown; the page changing keeps the place.
  useEffect(() => {
    setCurrent(0);
    revealNext.current = true;
  }, [find.query]);
  const shown = ranges.length === 0 ? -1 : Math.min(current, ranges.length - 1);

  useEffect(() => {
    if (!find.open) return unpaint();
    paint(ranges, shown);
    if (revealNext.current && ranges[shown]) {
      revealNext.current = false;
      reveal(ranges[shown]);
    }
  }, [find.open, ranges, shown]);
  useEffect(() => unpaint, []);

  if (!find.open) return null;
  return (
    <Paper className="dd-page-find" shadow="md" withBorder p={6} radius="md">
      <FindBar
        label="Find on this page"
        query={find.query}
        onQuery={(query) => setFind((f) => ({ ...f, query }))}
        count={ranges.length}
        current={shown}
        onStep={(by) => {
          if (ranges.length === 0) return;
          setCurrent((shown + by + ranges.length) % ranges.length);
          revealNext.current = true;
        }}
        onClose={close}
        focusKey={find.focusKey}
      />
    </Paper>
  );
}
