// Find on this page (Ctrl/Cmd+F), as a browser has it and the desktop app's window has not: the
// page's text searched as the app's search reads words (find-text.ts), every match marked, the one
// shown scrolled to, Enter and Shift+Enter to step, Escape to close. Matches are painted with the
// CSS Custom Highlight API, so the page's own markup (a paper's highlights, links) is never
// touched; they follow the page as it changes. The PDF reader has its own find, and claims the key
// while it is open (useOwnFind).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useHotkeys } from '@mantine/hooks';
import { Paper } from '@mantine/core';
import { useLocation } from 'wouter';
import { FindBar } from './find-bar';
import { findPhrase } from './find-text';
import './page-find.css';

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

/** Brings a match into the middle of the window, unless it is in view already. */
function reveal(range: Range): void {
  const box = range.getBoundingClientRect();
  const top = 64;
  if (box.top >= top && box.bottom <= window.innerHeight) return;
  window.scrollBy({ top: box.top - window.innerHeight / 2 });
}

export function PageFind() {
  const [find, setFind] = useState<Find>({ open: false, query: '', focusKey: 0 });
  const [location] = useLocation();
  // The page's text changed (loaded, edited): a number that moves on, so the matches are read again.
  const [edition, setEdition] = useState(0);
  const [current, setCurrent] = useState(0);
  const revealNext = useRef(false);

  useHotkeys(
    [['mod+F', () => ownFinders === 0 && setFind((f) => ({ ...f, open: true, focusKey: f.focusKey + 1 }))]],
    // From anywhere, a text field included: the browser's own find is not there to fall back on.
    [],
  );

  // Another page: the find goes with the one it was for.
  useEffect(() => setFind((f) => ({ ...f, open: false })), [location]);

  useEffect(() => {
    if (!find.open) return;
    const main = document.querySelector('main');
    if (!main) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setEdition((e) => e + 1), SETTLE_MS);
    });
    observer.observe(main, { subtree: true, childList: true, characterData: true });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [find.open]);

  const ranges = useMemo(() => {
    const main = document.querySelector('main');
    return find.open && main && find.query.trim() ? rangesOf(main, find.query) : [];
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
        onClose={() => setFind((f) => ({ ...f, open: false }))}
        focusKey={find.focusKey}
      />
    </Paper>
  );
}
