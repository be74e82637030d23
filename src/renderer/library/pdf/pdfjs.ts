// pdf.js as the reader uses it: loaded with the reader (not with the app), its worker a file of
// the app itself, so nothing comes from the network and the page's CSP holds (worker-src 'self',
// no eval, no wasm).
//
// The legacy build: the modern one calls Map.prototype.getOrInsertComputed unguarded, which the
// desktop app's Chromium (Electron 45, Chromium 140) does not have. No wasmUrl, cMapUrl or
// standardFontDataUrl is given: JPEG 2000 images and CJK text without embedded fonts may then
// not show, and the 14 standard fonts fall back to the system's, which keeps the CSP free of
// 'wasm-unsafe-eval' and every byte local.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

// One worker for every PDF opened: pdf.js keeps a port given to it alive between documents.
pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf.js' });

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
export const { TextLayer } = pdfjs;

/** Opens a stored PDF from the app's own origin (`files/<sha256>`). */
export function openPdf(url: string) {
  return pdfjs.getDocument({
    url,
    // The CSP forbids eval; pdf.js would otherwise try it for PostScript functions.
    isEvalSupported: false,
    // The file is local: read it whole rather than in ranges.
    disableRange: true,
    disableStream: true,
    // Pages painted on an accelerated canvas where there is one (pdf.js's own viewer does so);
    // otherwise its canvases are kept in main memory, ready to be read back, and paint slower.
    enableHWA: true,
  });
}
