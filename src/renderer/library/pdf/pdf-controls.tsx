// The reader's toolbar: the contents, the page (typed or stepped), the zoom, and find.
import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowAutofitWidth, IconChevronLeft, IconChevronRight, IconListTree, IconSearch, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { MAX_ZOOM, MIN_ZOOM, zoomLabel } from './pdf-zoom';
import { FIND_SHORTCUT } from '../../shell/page-find';
import { keysOf } from '../../shell/keys';

const FIND_KEYS = keysOf(FIND_SHORTCUT).join('+');

export function PdfControls({
  page,
  pageCount,
  onPage,
  scale,
  fitted,
  onZoomIn,
  onZoomOut,
  onFit,
  hasOutline,
  onOutline,
  onFind,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  scale: number;
  fitted: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  hasOutline: boolean;
  onOutline: () => void;
  onFind: () => void;
}) {
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);
  const go = () => {
    const n = Number.parseInt(typed, 10);
    if (Number.isInteger(n) && n >= 1 && n <= pageCount) onPage(n);
    else setTyped(String(page));
  };
  return (
    <Group gap="xs" justify="space-between" role="toolbar" aria-label="PDF reader" className="dd-pdf-controls">
      <Group gap={4} wrap="nowrap">
        {hasOutline && (
          <Tooltip label="Contents">
            <ActionIcon variant="default" aria-label="Contents of the PDF" onClick={onOutline}>
              <IconListTree size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
        <ActionIcon variant="default" aria-label="Previous page" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          <IconChevronLeft size={16} aria-hidden />
        </ActionIcon>
        <TextInput
          size="xs"
          w={56}
          value={typed}
          inputMode="numeric"
          aria-label={`Page (1 to ${pageCount})`}
          onChange={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') go();
          }}
          onBlur={go}
          styles={{ input: { textAlign: 'center' } }}
        />
        <Text size="sm" c="dimmed" aria-hidden>
          of {pageCount}
        </Text>
        <ActionIcon variant="default" aria-label="Next page" onClick={() => onPage(page + 1)} disabled={page >= pageCount}>
          <IconChevronRight size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <Group gap={4} wrap="nowrap">
        <ActionIcon variant="default" aria-label="Zoom out" onClick={onZoomOut} disabled={scale <= MIN_ZOOM}>
          <IconZoomOut size={16} aria-hidden />
        </ActionIcon>
        <Text size="sm" w={56} ta="center" aria-live="polite" aria-label={`Zoom ${zoomLabel(scale)}`}>
          {zoomLabel(scale)}
        </Text>
        <ActionIcon variant="default" aria-label="Zoom in" onClick={onZoomIn} disabled={scale >= MAX_ZOOM}>
          <IconZoomIn size={16} aria-hidden />
        </ActionIcon>
        <Button size="compact-sm" variant={fitted ? 'light' : 'default'} leftSection={<IconArrowAutofitWidth size={16} aria-hidden />} onClick={onFit} aria-pressed={fitted}>
          Fit width
        </Button>
        <Tooltip label={`Find in the PDF (${FIND_KEYS})`}>
          <ActionIcon variant="default" aria-label="Find in the PDF" onClick={onFind}>
            <IconSearch size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
