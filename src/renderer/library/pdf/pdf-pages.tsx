// The PDF's pages in one continuous column. Every page has its place from the start (sized from
// the first page until its own size is read), so the scroll bar and positions hold still while
// pages are drawn; only pages within about a screen of the view are drawn at all.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { PDFDocumentProxy } from './pdfjs';
import { PdfPage, type PageSize } from './pdf-page';
import type { DrawnTextLayer } from './pdf-text-layers';

/** How far beyond the view pages are drawn ahead, so scrolling rarely meets a blank page. */
const DRAW_AHEAD = '100% 0px';

export function PdfPages({
  pdf,
  firstSize,
  scale,
  scroller,
  pageElements,
  onLayersChange,
}: {
  pdf: PDFDocumentProxy;
  firstSize: PageSize;
  scale: number;
  /** The scrolling box the pages are in. */
  scroller: RefObject<HTMLElement | null>;
  /** Filled with each page's element, for going to a page. */
  pageElements: RefObject<Map<number, HTMLElement>>;
  /** Called with every text layer drawn now, each time one is drawn or taken away. */
  onLayersChange: (layers: DrawnTextLayer[]) => void;
}) {
  const pageCount = pdf.numPages;
  const [sizes, setSizes] = useState<Map<number, PageSize>>(() => new Map());
  const [near, setNear] = useState<Set<number>>(() => new Set([1]));
  const observer = useRef<IntersectionObserver | null>(null);
  const layers = useRef(new Map<number, DrawnTextLayer>());

  useEffect(() => {
    const seen = new IntersectionObserver(
      (entries) => {
        setNear((before) => {
          const next = new Set(before);
          for (const entry of entries) {
            const page = Number((entry.target as HTMLElement).dataset.page);
            if (entry.isIntersecting) next.add(page);
            else next.delete(page);
          }
          return next;
        });
      },
      { root: scroller.current, rootMargin: DRAW_AHEAD },
    );
    observer.current = seen;
    for (const element of pageElements.current.values()) seen.observe(element);
    return () => seen.disconnect();
  }, [scroller, pageElements]);

  const register = useCallback(
    (page: number, element: HTMLElement | null) => {
      const known = pageElements.current.get(page);
      if (known === element) return;
      if (known) observer.current?.unobserve(known);
      if (element) {
        pageElements.current.set(page, element);
        observer.current?.observe(element);
      } else pageElements.current.delete(page);
    },
    [pageElements],
  );

  const onSize = useCallback((page: number, size: PageSize) => {
    setSizes((before) => {
      const known = before.get(page);
      if (known && known.width === size.width && known.height === size.height) return before;
      return new Map(before).set(page, size);
    });
  }, []);

  // One page painted at a time, in the order they came near: pdf.js interleaves concurrent
  // renders frame by frame, so the page in view would otherwise wait for its neighbours.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inTurn = useCallback((paint: () => Promise<void>) => {
    const turn = queue.current.then(paint);
    queue.current = turn.catch(() => undefined);
    return turn;
  }, []);

  const onDrawn = useCallback(
    (page: number, layer: DrawnTextLayer | null) => {
      if (layer) layers.current.set(page, layer);
      else if (!layers.current.delete(page)) return;
      onLayersChange([...layers.current.values()]);
    },
    [onLayersChange],
  );

  return (
    <>
      {Array.from({ length: pageCount }, (_, i) => i + 1).map((page) => (
        <PdfPage
          key={page}
          pdf={pdf}
          page={page}
          scale={scale}
          size={sizes.get(page) ?? firstSize}
          near={near.has(page)}
          onSize={onSize}
          onDrawn={onDrawn}
          register={register}
          inTurn={inTurn}
        />
      ))}
    </>
  );
}
