// Opens a stored PDF with pdf.js, with its first page's size (every page's place until its own
// is read), and closes it again when the reader goes.
import { useEffect, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';
import type { PageSize } from './pdf-page';

export type PdfLoad =
  | { state: 'loading' }
  | { state: 'failed'; error: Error }
  | { state: 'open'; pdf: PDFDocumentProxy; firstSize: PageSize };

export function usePdfDocument(url: string): PdfLoad {
  const [load, setLoad] = useState<PdfLoad>({ state: 'loading' });
  useEffect(() => {
    setLoad({ state: 'loading' });
    const task = openPdf(url);
    let current = true;
    task.promise
      .then(async (pdf) => {
        const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
        if (current) setLoad({ state: 'open', pdf, firstSize: { width: first.width, height: first.height } });
      })
      .catch((error: unknown) => {
        if (current) setLoad({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => {
      current = false;
      void task.destroy();
    };
  }, [url]);
  return load;
}
