// The library list, virtualized: only the rows in view (and a few either side) are in the page,
// so 20,000 papers scroll as smoothly as 14. The rows keep the semantics of one long list
// (aria-setsize and aria-posinset tell a screen reader where it is), Tab walks the links as
// usual, and the arrow keys, Home and End move between rows without tabbing through each one.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DocumentSummary } from '../../api/types';
import { LibraryRow, ROW_HEIGHT } from './library-row';
import { libraryScroll } from './use-library-filters';

const OVERSCAN = 8;

export function DocumentList({ documents, resetKey }: { documents: DocumentSummary[]; resetKey: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => documents[index]!.id,
    initialOffset: () => libraryScroll.offset,
  });

  // A new filter or sort shows a new list: start it from the top. (Not on the first render,
  // which restores where the delegate was.)
  const shownKey = useRef(resetKey);
  useEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(documents.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist after the virtualizer renders the new range.
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`li[data-index="${target}"] a`)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: documents.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div
      ref={scrollRef}
      className="dd-library-scroll"
      onScroll={(e) => {
        libraryScroll.offset = e.currentTarget.scrollTop;
      }}
    >
      <ul
        role="list"
        aria-label="Documents"
        className="dd-library-list"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <li
            key={item.key}
            data-index={item.index}
            aria-setsize={documents.length}
            aria-posinset={item.index + 1}
            className="dd-library-item"
            style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
          >
            <LibraryRow document={documents[item.index]!} />
          </li>
        ))}
      </ul>
    </div>
  );
}
