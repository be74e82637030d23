// One page of the PDF: a placeholder of the page's size while far from view; near it, the page
// painted on a canvas (white, in both themes: it is paper) and pdf.js's text layer over it, where
// the delegate selects text and highlights are drawn. Leaving the view frees the canvas again,
// so a 200-page paper holds only a few pages' pixels.
import { memo, useCallback, useEffect, useRef, type CSSProperties } from 'react';
import { pageText } from '../../../pdf/pdf-text';
import { TextLayer, type PDFDocumentProxy } from './pdfjs';
import type { DrawnTextLayer } from './pdf-text-layers';

export interface PageSize {
  width: number;
  height: number;
}

interface Props {
  pdf: PDFDocumentProxy;
  page: number;
  scale: number;
  /** The page's size at scale 1 (the first page's until this one is read). */
  size: PageSize;
  near: boolean;
  onSize: (page: number, size: PageSize) => void;
  onDrawn: (page: number, layer: DrawnTextLayer | null) => void;
  register: (page: number, element: HTMLElement | null) => void;
  /** Runs a page's painting after the pages asked before it (see PdfPages). */
  inTurn: (paint: () => Promise<void>) => Promise<void>;
}

export const PdfPage = memo(function PdfPage({ pdf, page, scale, size, near, onSize, onDrawn, register, inTurn }: Props) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const layerRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const container = layerRef.current;
    if (!near || !canvas || !container) return;
    let cancelled = false;
    let renderTask: { cancel: () => void; promise: Promise<unknown> } | null = null;
    let textLayer: InstanceType<typeof TextLayer> | null = null;
    void (async () => {
      const proxy = await pdf.getPage(page);
      if (cancelled) return;
      const natural = proxy.getViewport({ scale: 1 });
      onSize(page, { width: natural.width, height: natural.height });
      const viewport = proxy.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      await inTurn(async () => {
        if (cancelled) return;
        renderTask = proxy.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        await renderTask.promise;
        if (cancelled) return;
        canvas.dataset.painted = 'true';
        // Then its text, to select and to draw highlights in, before the next page's turn.
        const content = await proxy.getTextContent();
        if (cancelled) return;
        textLayer = new TextLayer({ textContentSource: content, container, viewport });
        await textLayer.render();
        if (cancelled) return;
        onDrawn(page, {
          page,
          divs: textLayer.textDivs,
          strings: textLayer.textContentItemsStr,
          itemStarts: pageText(content.items).itemStarts,
        });
      });
    })().catch((error: unknown) => {
      // A render cancelled because the page left the view or the zoom changed is no failure.
      if (!cancelled) console.warn(`Page ${page} of the PDF could not be drawn`, error);
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
      container.replaceChildren();
      delete canvas.dataset.painted;
      canvas.width = 0;
      canvas.height = 0;
      onDrawn(page, null);
    };
  }, [pdf, page, scale, near, onSize, onDrawn, inTurn]);

  const place = useCallback((element: HTMLElement | null) => register(page, element), [register, page]);
  const width = Math.floor(size.width * scale);
  const height = Math.floor(size.height * scale);
  return (
    <div
      ref={place}
      className="dd-pdf-page"
      data-page={page}
      role="group"
      aria-label={`Page ${page}`}
      style={{ width, height, '--scale-factor': scale, '--total-scale-factor': scale } as CSSProperties}
    >
      <canvas ref={canvasRef} aria-hidden style={{ width, height }} />
      <div ref={layerRef} className="textLayer" />
    </div>
  );
});
