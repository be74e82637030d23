// The small toolbar that opens under a selection in the paper: a colour to highlight in at once,
// "Add note" for a note and tags first, or, while an orphan waits, "Re-attach here".
import type { MouseEvent, ReactNode } from 'react';
import { Button, Divider, Group, Kbd, Popover, Stack, Text } from '@mantine/core';
import { IconLink, IconNote } from '@tabler/icons-react';
import type { Annotation, HighlightColor } from '../../../api/types';
import { places } from '../../../recovery/kept-place';
import { AnnotationForm } from './annotation-form';
import { HighlightButtons } from './color-choice';
import { shortQuote } from './quote-selectors';
import { keysOf } from '../../shell/keys';
import type { AnnotationFields } from './use-annotation-actions';

export type ToolbarMode = { kind: 'actions' } | { kind: 'note' } | { kind: 'reattach'; annotation: Annotation };

export const HIGHLIGHT_SHORTCUT = 'mod+shift+H';

export const SHORTCUT_KEYS = keysOf(HIGHLIGHT_SHORTCUT);

export function SelectionToolbar({
  at,
  mode,
  lastColor,
  suggestedTags,
  pending,
  onHighlight,
  onAddNote,
  onSaveNote,
  onColorChange,
  onReattach,
  onClose,
  documentId,
}: {
  /** Where the selection ends, in the paper box's coordinates; null when closed. */
  at: { x: number; y: number } | null;
  mode: ToolbarMode;
  lastColor: HighlightColor;
  suggestedTags: string[];
  pending: boolean;
  onHighlight: (color: HighlightColor) => void;
  onAddNote: () => void;
  onSaveNote: (fields: Required<AnnotationFields>) => void;
  onColorChange: (color: HighlightColor) => void;
  onReattach: () => void;
  onClose: () => void;
  /** The paper, for keeping a new highlight's note against a crash. */
  documentId: string;
}) {
  // A press on a button must not take the selection away before the click acts on it.
  const keepSelection = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button') && mode.kind !== 'note') event.preventDefault();
  };
  let body: ReactNode;
  let label: string;
  if (mode.kind === 'note') {
    label = 'New highlight';
    body = (
      <AnnotationForm
        initial={{ color: lastColor, note: '', tags: [] }}
        suggestedTags={suggestedTags}
        saveLabel="Save highlight"
        pending={pending}
        onSave={onSaveNote}
        onCancel={onClose}
        onColorChange={onColorChange}
        tagsInPortal={false}
        keptAs={places.newAnnotation(documentId)}
      />
    );
  } else if (mode.kind === 'reattach') {
    label = 'Re-attach the annotation';
    body = (
      <Stack gap="xs" maw={300}>
        <Text size="sm">
          Put your annotation on “
          <Text span fs="italic">
            {shortQuote(mode.annotation.exact)}
          </Text>
          ” here?
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="xs" onClick={onClose}>
            Cancel
          </Button>
          <Button size="xs" leftSection={<IconLink size={14} aria-hidden />} onClick={onReattach} loading={pending}>
            Re-attach here
          </Button>
        </Group>
      </Stack>
    );
  } else {
    label = 'Highlight the selection';
    body = (
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap">
          <HighlightButtons onHighlight={onHighlight} last={lastColor} />
          <Divider orientation="vertical" />
          <Button size="compact-sm" variant="subtle" leftSection={<IconNote size={16} aria-hidden />} onClick={onAddNote}>
            Add note
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {SHORTCUT_KEYS.map((key, i) => (
            <span key={key}>
              {i > 0 && '+'}
              <Kbd size="xs">{key}</Kbd>
            </span>
          ))}{' '}
          highlights in the last colour
        </Text>
      </Stack>
    );
  }

  return (
    <Popover
      opened={at !== null}
      position="bottom"
      offset={6}
      withArrow
      shadow="md"
      withRoles={false}
      // A long form may scroll its selection out of view: it stays open all the same.
      hideDetached={false}
      trapFocus={mode.kind === 'note'}
      returnFocus={false}
      closeOnEscape={false}
      closeOnClickOutside={mode.kind !== 'note'}
      onClose={onClose}
      width={mode.kind === 'note' ? 320 : 'auto'}
      zIndex={150}
    >
      <Popover.Target>
        <span className="dd-toolbar-anchor" style={{ left: at?.x ?? 0, top: at?.y ?? 0 }} aria-hidden />
      </Popover.Target>
      <Popover.Dropdown role={mode.kind === 'actions' ? 'toolbar' : 'dialog'} aria-label={label} onMouseDown={keepSelection} data-selection-toolbar>
        {body}
      </Popover.Dropdown>
    </Popover>
  );
}
