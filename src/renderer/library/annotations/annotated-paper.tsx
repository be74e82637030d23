// The paper's text with the delegate's highlights drawn in it, and the toolbar that turns a
// selection into a highlight.
//
// The text is put into its element here, not by React: highlights cut the page's text nodes
// into <mark>s, and React must not own nodes that change under it. Each time the highlights
// change, the cleaned text is put back and drawn again (a paper is a few pages; this takes a
// millisecond or two), so no half-drawn state can be left behind.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { DocumentDetail } from '../../../api/types';
import { cleanDocumentHtml } from '../safe-html';
import { markSelected, paintHighlights } from './paint-highlights';
import { paragraphsOf } from './paper-paragraphs';
import { usePaperAnnotations } from './paper-annotations';
import { PaperTextMap } from './paper-text-map';
import { PaperToolbar } from './paper-toolbar';
import { readSelectionOffsets, restoreSelection } from './selection-offsets';
import { usePaintedHighlights } from './use-painted-highlights';
import './annotations.css';

/** Puts the paper's text into `root`: its cleaned HTML, or its plain-text lines as paragraphs. */
function fillPaper(root: HTMLElement, contentText: string, cleanHtml: string | null): void {
  if (cleanHtml !== null) {
    root.innerHTML = cleanHtml;
    return;
  }
  root.replaceChildren(
    ...paragraphsOf(contentText).map((line) => {
      const p = root.ownerDocument.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}

export function AnnotatedPaper({ document: d }: { document: DocumentDetail }) {
  const ctx = usePaperAnnotations();
  const box = useRef<HTMLDivElement | null>(null);
  const map = useRef<PaperTextMap<Node> | null>(null);
  const cleanHtml = useMemo(() => (d.contentHtml ? cleanDocumentHtml(d.contentHtml) : null), [d.contentHtml]);
  const { paperRef, selectedId } = ctx;

  const painted = usePaintedHighlights();

  const { contentText } = d;
  useLayoutEffect(() => {
    const root = paperRef.current;
    if (!root) return;
    const kept = map.current ? readSelectionOffsets(root, map.current) : null;
    fillPaper(root, contentText, cleanHtml);
    paintHighlights(PaperTextMap.read<Node>(root, contentText), painted);
    // Drawing cut text nodes into new ones: selections are read against the text as drawn.
    map.current = PaperTextMap.read<Node>(root, contentText);
    // A highlight saved or a list refreshed while the delegate is selecting leaves the selection be.
    if (kept) restoreSelection(map.current, kept.start, kept.end);
  }, [paperRef, contentText, cleanHtml, painted]);

  useLayoutEffect(() => {
    if (paperRef.current) markSelected(paperRef.current, selectedId);
  }, [paperRef, selectedId, painted]);

  return (
    <div ref={box} className="dd-paper-box">
      <div
        ref={paperRef}
        className="dd-document-text dd-paper"
        // Focus returns here from the toolbar; it is not a stop on the Tab path.
        tabIndex={-1}
        aria-label="The paper's text"
        role="region"
      />
      <PaperToolbar box={box} map={map} />
    </div>
  );
}
