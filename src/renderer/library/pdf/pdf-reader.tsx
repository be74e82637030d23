// The reader of a stored PDF: the pages in one scrolling column with the toolbar above them and
// the paper's annotations panel beside them. Highlights are drawn into the text layers of the
// pages drawn now, with the same code and the same panel as a paper's own text; "find" draws
// its matches the same way.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Grid, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { pageAt } from '../../../pdf/pdf-text';
import { AnnotationsPanel } from '../annotations/annotations-panel';
import { markSelected, paintHighlights, wrapPiece } from '../annotations/paint-highlights';
import { revealHighlight, usePaperAnnotations, type PdfPaper } from '../annotations/paper-annotations';
import type { TextPiece } from '../annotations/paper-text-map';
import { PaperToolbar } from '../annotations/paper-toolbar';
import { readSelectionOffsets, restoreSelection } from '../annotations/selection-offsets';
import { usePaintedHighlights } from '../annotations/use-painted-highlights';
import type { PDFDocumentProxy } from './pdfjs';
import { PdfControls } from './pdf-controls';
import { FindBar } from '../../shell/find-bar';
import { FIND_SHORTCUT, useOwnFind } from '../../shell/page-find';
import { findPhrase, findWords, type TextMatch } from '../../shell/find-text';
import { PdfOutline, usePdfOutline } from './pdf-outline';
import type { PageSize } from './pdf-page';
import { PdfPages } from './pdf-pages';
import { PdfTextLayers, type DrawnTextLayer } from './pdf-text-layers';
import { fitWidth, zoomIn, zoomOut } from './pdf-zoom';
import '../annotations/annotations.css';
import './pdf.css';

/** Room left beside a fitted page inside the scrolling box. */
const FIT_MARGIN = 32;

/** An annotation the panel asked to show: its page is brought into view, then its highlight. */
export interface RevealRequest {
  id: string | null;
  tick: number;
}

interface Find {
  open: boolean;
  query: string;
  /** Words from a search result (each highlighted), rather than a phrase typed here. */
  words: boolean;
  /** Bumped by Ctrl/Cmd+F: the field takes the keyboard. */
  focusKey: number;
}

export function PdfReader({
  pdf,
  firstSize,
  paper,
  startPage,
  startFind,
  revealRequest,
}: {
  pdf: PDFDocumentProxy;
  firstSize: PageSize;
  paper: PdfPaper;
  startPage: number;
  startFind: string | null;
  revealRequest: RefObject<RevealRequest>;
}) {
  const { paperRef, selectedId, lists } = usePaperAnnotations();
  const painted = usePaintedHighlights();
  const scroller = useRef<HTMLDivElement | null>(null);
  const box = useRef<HTMLDivElement | null>(null);
  const map = useRef<PdfTextLayers | null>(null);
  const pageElements = useRef(new Map<number, HTMLElement>());
  const [layers, setLayers] = useState<DrawnTextLayer[]>([]);
  const [zoom, setZoom] = useState<{ fit: boolean; scale: number | null }>({ fit: true, scale: null });
  const [page, setPage] = useState(startPage);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const outline = usePdfOutline(pdf);
  const pageCount = pdf.numPages;

  // ---- Going to a page, and knowing which one is in view.
  const goTo = useCallback((target: number, within = 0) => {
    const element = pageElements.current.get(Math.min(Math.max(1, target), pageCount));
    const view = scroller.current;
    if (!element || !view) return;
    const rect = element.getBoundingClientRect();
    view.scrollTop += rect.top - view.getBoundingClientRect().top - 8 + within * rect.height;
    setPage(Math.min(Math.max(1, target), pageCount));
  }, [pageCount]);

  /** The page that fills most of the view, and how far down it the view's top is (0 to 1). */
  const pageInView = useCallback((): { page: number; within: number } => {
    const view = scroller.current;
    if (!view) return { page: 1, within: 0 };
    const { top, bottom } = view.getBoundingClientRect();
    const rectOf = (n: number) => pageElements.current.get(n)?.getBoundingClientRect();
    // The first page whose bottom is below the view's top, then the pages after it while in view.
    let lo = 1;
    let hi = pageCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rectOf(mid)?.bottom ?? Infinity) <= top) lo = mid + 1;
      else hi = mid;
    }
    let best = { page: lo, seen: -1 };
    for (let n = lo; n <= pageCount; n++) {
      const rect = rectOf(n);
      if (!rect || rect.top >= bottom) break;
      const seen = Math.min(bottom, rect.bottom) - Math.max(top, rect.top);
      if (seen > best.seen) best = { page: n, seen };
    }
    const rect = rectOf(best.page);
    const within = rect && rect.height > 0 ? Math.min(1, Math.max(0, (top - rect.top) / rect.height)) : 0;
    return { page: best.page, within };
  }, [pageCount]);

  useEffect(() => {
    const view = scroller.current;
    if (!view) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPage(pageInView().page));
    };
    view.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      view.removeEventListener('scroll', onScroll);
    };
  }, [pageInView]);

  // ---- Zoom: fit width follows the box's width; a change of zoom keeps the same place in view.
  const keepPlace = useRef<{ page: number; within: number } | null>(null);
  const setScale = (next: { fit: boolean; scale: number | null }) => {
    keepPlace.current = pageInView();
    setZoom(next);
  };
  useLayoutEffect(() => {
    const view = scroller.current;
    if (!view || !zoom.fit) return;
    const fit = () => {
      const scale = fitWidth(view.clientWidth - FIT_MARGIN, firstSize.width);
      setZoom((z) => (z.fit && z.scale !== null && Math.abs(z.scale - scale) < 0.005 ? z : { fit: true, scale }));
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(view);
    return () => resized.disconnect();
  }, [zoom.fit, firstSize.width]);

  const scale = zoom.scale;
  const started = useRef(false);
  useLayoutEffect(() => {
    if (scale === null) return;
    if (!started.current) {
      started.current = true;
      if (startPage > 1) goTo(startPage);
      return;
    }
    const place = keepPlace.current;
    keepPlace.current = null;
    if (place) goTo(place.page, place.within);
  }, [scale, goTo, startPage]);

  // ---- Find in the PDF.
  const [find, setFind] = useState<Find>({ open: startFind !== null, query: startFind ?? '', words: startFind !== null, focusKey: 0 });
  const matches = useMemo<TextMatch[]>(() => {
    if (!find.open) return [];
    return find.words ? findWords(paper.text, find.query.split(/\s+/)) : findPhrase(paper.text, find.query);
  }, [find.open, find.words, find.query, paper.text]);
  const [current, setCurrent] = useState(-1);
  const revealMatch = useRef(false);
  const fromPage = useRef(startPage);
  fromPage.current = page;
  useEffect(() => {
    // A new search starts from the page in view (at first, the page the reader was opened at).
    const start = paper.pageStarts[fromPage.current - 1] ?? 0;
    const at = matches.findIndex(([s]) => s >= start);
    setCurrent(matches.length === 0 ? -1 : at === -1 ? 0 : at);
    revealMatch.current = matches.length > 0;
  }, [matches, paper.pageStarts]);
  const step = (by: 1 | -1) => {
    if (matches.length === 0) return;
    setCurrent((c) => (c + by + matches.length) % matches.length);
    revealMatch.current = true;
  };
  useEffect(() => {
    if (current < 0 || !revealMatch.current) return;
    const match = matches[current];
    if (!match) return;
    const matchPage = pageAt(paper.pageStarts, match[0]);
    if (!layers.some((l) => l.page === matchPage)) goTo(matchPage);
  }, [current, matches, paper.pageStarts, layers, goTo]);
  useOwnFind();
  useHotkeys([[FIND_SHORTCUT, () => setFind((f) => ({ ...f, open: true, words: f.open ? f.words : false, focusKey: f.focusKey + 1 }))]]);

  // ---- An annotation chosen in the panel: bring its page into view, then its highlight.
  const revealing = useRef<string | null>(null);
  const revealTick = revealRequest.current.tick;
  useEffect(() => {
    const id = revealRequest.current.id;
    const annotation = lists.placed.find((a) => a.id === id);
    if (!annotation) return;
    revealing.current = annotation.id;
    const annotationPage = pageAt(paper.pageStarts, annotation.anchor.start!);
    if (!layers.some((l) => l.page === annotationPage)) goTo(annotationPage);
    // Only a new request starts this: the lists and layers changing later must not scroll again.
  }, [revealTick]);

  // ---- Drawing: highlights and matches into the text layers drawn now, from scratch each time.
  useLayoutEffect(() => {
    const root = paperRef.current;
    if (!root) return;
    const kept = map.current ? readSelectionOffsets(root, map.current) : null;
    PdfTextLayers.clear(layers);
    paintHighlights(new PdfTextLayers(paper.text, paper.pageStarts, layers), painted);
    paintMatches(new PdfTextLayers(paper.text, paper.pageStarts, layers), matches, current);
    map.current = new PdfTextLayers(paper.text, paper.pageStarts, layers);
    if (kept) restoreSelection(map.current, kept.start, kept.end);
    markSelected(root, selectedId);

    const motion = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    const currentMark = root.querySelector('mark.dd-find-current');
    if (revealMatch.current && currentMark) {
      revealMatch.current = false;
      currentMark.scrollIntoView({ block: 'center', behavior: motion });
    }
    if (revealing.current && root.querySelector(`mark[data-annotation-ids~="${CSS.escape(revealing.current)}"]`)) {
      revealHighlight(root, revealing.current);
      revealing.current = null;
    }
  }, [paperRef, layers, painted, matches, current, selectedId, paper, revealTick]);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="xs">
          <PdfControls
            page={page}
            pageCount={pageCount}
            onPage={(n) => goTo(n)}
            scale={scale ?? 1}
            fitted={zoom.fit}
            onZoomIn={() => setScale({ fit: false, scale: zoomIn(scale ?? 1) })}
            onZoomOut={() => setScale({ fit: false, scale: zoomOut(scale ?? 1) })}
            onFit={() => setScale({ fit: true, scale })}
            hasOutline={outline.length > 0}
            onOutline={() => setOutlineOpen(true)}
            onFind={() => setFind((f) => ({ ...f, open: true, focusKey: f.focusKey + 1 }))}
          />
          {find.open && (
            <FindBar
              label="Find in the PDF"
              query={find.query}
              onQuery={(query) => setFind((f) => ({ ...f, query, words: false }))}
              count={matches.length}
              current={current}
              onStep={step}
              onClose={() => {
                setFind((f) => ({ ...f, open: false }));
                scroller.current?.focus();
              }}
              focusKey={find.focusKey}
            />
          )}
          <div ref={scroller} className="dd-pdf-view" tabIndex={0} role="region" aria-label="Pages of the PDF">
            <div ref={box} className="dd-paper-box dd-pdf-box">
              <div ref={paperRef} className="dd-paper dd-pdf-pages" tabIndex={-1}>
                {scale !== null && (
                  <PdfPages pdf={pdf} firstSize={firstSize} scale={scale} scroller={scroller} pageElements={pageElements} onLayersChange={setLayers} />
                )}
              </div>
              <PaperToolbar box={box} map={map} />
            </div>
          </div>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <aside aria-labelledby="annotations-title">
          <AnnotationsPanel />
        </aside>
      </Grid.Col>
      <PdfOutline pdf={pdf} outline={outline} opened={outlineOpen} onClose={() => setOutlineOpen(false)} onGo={(n) => goTo(n)} />
    </Grid>
  );
}

/** Draws find matches (back to front, so earlier pieces keep their nodes); the current one apart. */
function paintMatches(map: PdfTextLayers, matches: readonly TextMatch[], current: number): void {
  for (let m = matches.length - 1; m >= 0; m--) {
    const [start, end] = matches[m]!;
    const pieces = map.piecesOf(start, end);
    for (let p = pieces.length - 1; p >= 0; p--) {
      const mark = wrapPiece(pieces[p]! as TextPiece<Text>);
      mark.className = m === current ? 'dd-find-match dd-find-current' : 'dd-find-match';
    }
  }
}
