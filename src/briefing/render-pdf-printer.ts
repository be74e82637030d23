// pdfmake's own printing steps (Printer.createPdfKitDocument in pdfmake 0.3), with two steps added
// between laying out and drawing: right-to-left text is put in visual order (pdf-bidi.ts), then the
// words of a line that look alike are drawn as one run.
//
// Why: pdfmake lays text out word by word and draws every word with its own pdfkit text() call
// (colour, opacity, font and position set again each time; its source marks the merge as a TODO).
// For a 40-item note that drawing was half of the time; drawing runs of words instead cuts it by
// about half, brings the note within its one-second goal, and gives PDF readers whole phrases
// rather than single words to extract. The layout itself is pdfmake's, untouched.
//
// These are pdfmake's internal modules, so package.json pins pdfmake to 0.3.x (~), and
// render-pdf.test.ts reads every kind of content back from the PDF.
import { createRequire } from 'node:module';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { inVisualOrder, ligaturesInDrawnOrder, type Inline } from './pdf-bidi';
import { hasRtlScript } from './text-direction';

const require = createRequire(import.meta.url);

interface Page {
  items: { type: string; item: { inlines?: Inline[] } }[];
}
interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  end(): void;
}

const PDFDocument = require('pdfmake/js/PDFDocument.js').default as new (
  fonts: TFontDictionary,
  images: object,
  patterns: object,
  attachments: object,
  options: object,
  virtualfs: null,
  localAccessPolicy: (path: string) => boolean,
) => PdfKitDocument;
const LayoutBuilder = require('pdfmake/js/LayoutBuilder.js').default as new (
  pageSize: object,
  margins: object,
  svgMeasure: object,
) => {
  registerTableLayouts(layouts: object): void;
  layoutDocument(...args: unknown[]): Page[];
};
const Renderer = require('pdfmake/js/Renderer.js').default as new (doc: PdfKitDocument) => { renderPages(pages: Page[]): void };
const SVGMeasure = require('pdfmake/js/SVGMeasure.js').default as new () => object;
const { normalizePageSize, normalizePageMargin } = require('pdfmake/js/PageSize.js') as {
  normalizePageSize(size: unknown, orientation: unknown): { width: number; height: number };
  normalizePageMargin(margin: unknown): object;
};
const { tableLayouts } = require('pdfmake/js/tableLayouts.js') as { tableLayouts: object };

/**
 * Everything in an inline that changes how it is drawn. Two neighbours equal in all of these, the
 * second starting where the first ends, draw the same as one inline of both texts.
 */
const LOOK = [
  'font',
  'fontSize',
  'color',
  'opacity',
  'link',
  'linkToPage',
  'linkToDestination',
  'decoration',
  'decorationStyle',
  'decorationColor',
  'background',
  'characterSpacing',
  'fontFeatures',
  'sup',
  'sub',
  'alignment',
] as const;

function drawnAlike(a: Inline, b: Inline): boolean {
  // Page references ("page 3" written once the layout is known) are rewritten on their own.
  if (a._pageNodeRef || b._pageNodeRef) return false;
  // An Arabic or Hebrew piece is joined only to another (see joined()).
  if (hasRtlScript(a.text) !== hasRtlScript(b.text)) return false;
  if (Math.abs(a.x + a.width - b.x) > 0.01) return false;
  return LOOK.every((key) => a[key] === b[key]);
}

/** Puts, in place, every line's right-to-left text in the order it is read (see pdf-bidi.ts). */
export function orderRightToLeft(pages: Page[]): void {
  for (const page of pages) {
    for (const { type, item } of page.items) if (type === 'line' && item.inlines) item.inlines = inVisualOrder(item.inlines);
  }
}

/**
 * The text of two neighbours drawn as one. fontkit lays an Arabic or Hebrew run out right to left,
 * so two such pieces, already side by side in visual order, are joined in reading order (the right
 * one first): drawn the same, and a PDF reader then finds the whole phrase as written.
 */
function joined(left: string, right: string): string {
  return hasRtlScript(left) ? right + left : left + right;
}

/** Joins, in place, the neighbouring inlines of every line that would be drawn alike. */
export function mergeRuns(pages: Page[]): void {
  for (const page of pages) {
    for (const { type, item } of page.items) {
      if (type !== 'line' || !item.inlines || item.inlines.length < 2) continue;
      const merged: Inline[] = [];
      for (const inline of item.inlines) {
        const last = merged[merged.length - 1];
        if (last && drawnAlike(last, inline)) merged[merged.length - 1] = { ...last, text: joined(last.text, inline.text), width: last.width + inline.width };
        else merged.push(inline);
      }
      item.inlines = merged;
    }
  }
}

/** A document definition as PDF bytes, fonts limited to the given files, nothing fetched. */
export function printPdf(definition: TDocumentDefinitions, fonts: TFontDictionary, mayRead: (path: string) => boolean): Promise<Buffer> {
  const d = definition as TDocumentDefinitions & { displayTitle?: boolean };
  const pageSize = normalizePageSize(d.pageSize, d.pageOrientation);
  const doc = new PDFDocument(
    fonts,
    {},
    {},
    {},
    {
      size: [pageSize.width, pageSize.height],
      pdfVersion: d.version ?? '1.3',
      compress: d.compress ?? true,
      displayTitle: d.displayTitle ?? false,
      lang: d.language,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      info: { Producer: 'pdfmake', Creator: 'pdfmake', ...capitalised(d.info ?? {}) },
      font: null,
    },
    null,
    mayRead,
  );
  const builder = new LayoutBuilder(pageSize, normalizePageMargin(d.pageMargins ?? 40), new SVGMeasure());
  builder.registerTableLayouts(tableLayouts);
  const pages = builder.layoutDocument(d.content, doc, d.styles ?? {}, d.defaultStyle ?? {}, d.background, d.header, d.footer, d.watermark, d.pageBreakBefore);
  orderRightToLeft(pages);
  mergeRuns(pages);
  new Renderer(doc).renderPages(pages);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    ligaturesInDrawnOrder(doc);
    doc.end();
  });
}

/** pdfmake's info keys are lower case ("title"); the PDF's are capitalised ("Title"). */
function capitalised(info: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(info)
      .filter(([, value]) => typeof value === 'string' && value !== '')
      .map(([key, value]) => [key.charAt(0).toUpperCase() + key.slice(1), value as string]),
  );
}
