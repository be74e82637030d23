// The PDF's whole text, which annotation selectors and "find" count in: the core's extraction
// (attachments.text, the same rule as here: src/pdf/pdf-text.ts) when it has one, else read here
// from pdf.js page by page (a PDF downloaded a moment ago may still wait for the core).
import { useEffect, useMemo, useState } from 'react';
import { documentText, pageText } from '../../../pdf/pdf-text';
import { useCall } from '../../api/hooks';
import type { PdfPaper } from '../annotations/paper-annotations';
import type { PDFDocumentProxy } from './pdfjs';

/** `noText`: nothing to select in it (a scan, or a file pdf.js could not read the text of). */
export type PdfTextLoad = { state: 'loading'; read: number } | { state: 'ready'; paper: PdfPaper; noText: boolean };

async function readPages(pdf: PDFDocumentProxy, onPage: (n: number) => void): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(pageText(content.items).text);
    onPage(n);
  }
  return pages;
}

export function usePdfText(url: string, sha256: string, pdf: PDFDocumentProxy | null): PdfTextLoad {
  const core = useCall('attachments.text', { sha256 }, { retry: false, staleTime: Infinity });
  const [read, setRead] = useState(0);
  const [ownPages, setOwnPages] = useState<string[] | null>(null);
  const corePages = core.data?.pages;
  const useOwn = core.isError || (corePages !== undefined && pdf !== null && corePages.length !== pdf.numPages);

  useEffect(() => {
    if (!useOwn || !pdf) return;
    let current = true;
    readPages(pdf, (n) => current && setRead(n)).then(
      (pages) => current && setOwnPages(pages),
      () => current && setOwnPages([]),
    );
    return () => {
      current = false;
    };
  }, [useOwn, pdf]);

  const pages = useOwn ? ownPages : (corePages ?? null);
  return useMemo(() => {
    if (!pages) return { state: 'loading', read };
    const { text, pageStarts } = documentText(pages);
    return { state: 'ready', paper: { url, sha256, text, pageStarts }, noText: text.trim() === '' };
  }, [pages, read, url, sha256]);
}
