// The PDF's own table of contents (its outline), as a list of links to pages, nested as the
// PDF nests them. Shown only when the PDF has one.
import { useEffect, useState } from 'react';
import { Drawer, NavLink, Text } from '@mantine/core';
import type { PDFDocumentProxy } from './pdfjs';

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

/** The outline, or an empty list when the PDF has none (or it cannot be read). */
export function usePdfOutline(pdf: PDFDocumentProxy): OutlineNode[] {
  const [outline, setOutline] = useState<OutlineNode[]>([]);
  useEffect(() => {
    let current = true;
    pdf.getOutline().then(
      (nodes) => current && setOutline(nodes ?? []),
      () => current && setOutline([]),
    );
    return () => {
      current = false;
    };
  }, [pdf]);
  return outline;
}

/** The 1-based page an outline entry points at, or null when it points nowhere in this file. */
async function pageOf(pdf: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | null> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (target === undefined || target === null) return null;
  const index = typeof target === 'number' ? target : await pdf.getPageIndex(target);
  return index + 1;
}

export function PdfOutline({
  pdf,
  outline,
  opened,
  onClose,
  onGo,
}: {
  pdf: PDFDocumentProxy;
  outline: OutlineNode[];
  opened: boolean;
  onClose: () => void;
  onGo: (page: number) => void;
}) {
  const go = (node: OutlineNode) => {
    void pageOf(pdf, node.dest)
      .catch(() => null)
      .then((page) => {
        if (page === null) return;
        onClose();
        onGo(page);
      });
  };
  const entries = (nodes: OutlineNode[]) =>
    nodes.map((node, i) => (
      <NavLink
        key={`${i}-${node.title}`}
        component="button"
        label={node.title || 'Untitled section'}
        onClick={node.items.length > 0 ? undefined : () => go(node)}
        defaultOpened={false}
        childrenOffset="md"
        disabled={!node.dest && node.items.length === 0}
      >
        {node.items.length > 0 ? [<NavLink key="self" component="button" label={`Go to “${node.title}”`} onClick={() => go(node)} />, ...entries(node.items)] : undefined}
      </NavLink>
    ));
  return (
    <Drawer opened={opened} onClose={onClose} title="Contents of the PDF" position="left" size="sm" closeButtonProps={{ 'aria-label': 'Close the contents' }}>
      {outline.length === 0 ? <Text c="dimmed">This PDF has no table of contents.</Text> : <nav aria-label="Contents of the PDF">{entries(outline)}</nav>}
    </Drawer>
  );
}
