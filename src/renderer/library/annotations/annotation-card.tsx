// One annotation in the panel: its quote, note and tags. Pressing it shows its highlight in the
// paper; Edit opens its colour, note and tags in place; Delete can be undone.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ActionIcon, Badge, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { Annotation } from '../../../api/types';
import { places } from '../../../recovery/kept-place';
import { AnnotationForm } from './annotation-form';
import { HIGHLIGHT_INKS, highlightInk } from './highlight-colors';
import { usePaperAnnotations } from './paper-annotations';
import { shortQuote } from './quote-selectors';
import { useAnnotationActions } from './use-annotation-actions';

/** Puts the keyboard on a control of an annotation's card (e.g. its Re-attach button). */
export function focusInAnnotationCard(id: string, selector: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-annotation-card="${CSS.escape(id)}"] ${selector}`)?.focus();
  });
}

export function AnnotationCard({
  annotation: a,
  onDeleted,
  extra,
  footer,
}: {
  annotation: Annotation;
  /** Where the keyboard goes once this card is gone. */
  onDeleted: () => void;
  /** More lines under the note (the orphaned section says which revision it was made on). */
  extra?: ReactNode;
  /** Under the card, beside no other button (the orphaned section's Re-attach). */
  footer?: ReactNode;
}) {
  const { selectedId, select, suggestedTags, editRequest, setEditRequest, focusRequest, setFocusRequest, lists } = usePaperAnnotations();
  const actions = useAnnotationActions();
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLLIElement | null>(null);
  const editButton = useRef<HTMLButtonElement | null>(null);
  const mainButton = useRef<HTMLButtonElement | null>(null);
  const selected = selectedId === a.id;
  const placed = lists.placed.some((p) => p.id === a.id);
  const short = shortQuote(a.exact);

  // Selected from the paper: bring the card into view in the panel.
  useEffect(() => {
    if (selected) card.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  // A highlight made with the keyboard shortcut opens here for its note.
  useEffect(() => {
    if (editRequest !== a.id) return;
    setEditing(true);
    setEditRequest(null);
  }, [editRequest, a.id, setEditRequest]);

  // Re-attached: once drawn in its new place, the paper shows it and the keyboard follows it here.
  useEffect(() => {
    if (focusRequest !== a.id || !placed) return;
    setFocusRequest(null);
    select(a.id, { reveal: true });
    mainButton.current?.focus();
  }, [focusRequest, placed, a.id, setFocusRequest, select]);

  // Closing the editor puts the keyboard back on its Edit button, once that is drawn again.
  const focusEdit = useRef(false);
  const stopEditing = () => {
    focusEdit.current = true;
    setEditing(false);
  };
  useEffect(() => {
    if (editing || !focusEdit.current) return;
    focusEdit.current = false;
    editButton.current?.focus();
  }, [editing]);

  return (
    <li ref={card} className="dd-annotation" data-annotation-card={a.id} data-selected={selected || undefined} style={{ borderInlineStartColor: highlightInk(a.color).background }}>
      {editing ? (
        <Stack gap="xs" p="xs">
          <Text size="sm" fs="italic" lineClamp={2}>
            “{a.exact}”
          </Text>
          <AnnotationForm
            initial={{ color: a.color, note: a.note, tags: a.tags }}
            suggestedTags={suggestedTags}
            saveLabel="Save"
            pending={actions.pending}
            onSave={async (fields) => {
              if (await actions.edit(a, fields)) stopEditing();
            }}
            onCancel={stopEditing}
            keptAs={places.annotation(a.id)}
          />
        </Stack>
      ) : (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <UnstyledButton
            ref={mainButton}
            className="dd-annotation-main"
            onClick={() => select(a.id, { reveal: placed })}
            aria-current={selected || undefined}
            aria-label={`${HIGHLIGHT_INKS[a.color].label} highlight: “${short}”${a.note ? `. Note: ${a.note}` : ''}${placed ? '. Show in the paper' : ''}`}
          >
            <Stack gap={4}>
              <Text size="sm" fs="italic" lineClamp={3} className="dd-annotation-quote">
                “{a.exact}”
              </Text>
              {a.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={6}>
                  {a.note}
                </Text>
              )}
              {a.tags.length > 0 && (
                <Group gap={4}>
                  {a.tags.map((tag) => (
                    <Badge key={tag} size="xs" variant="default" radius="sm" tt="none" fw={500} component="span">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              )}
              {extra}
            </Stack>
          </UnstyledButton>
          <Stack gap={2}>
            <Tooltip label="Edit" withArrow>
              <ActionIcon ref={editButton} size="sm" variant="subtle" color="gray" aria-label={`Edit the annotation on “${short}”`} onClick={() => setEditing(true)}>
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete" withArrow>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="red.8"
                aria-label={`Delete the annotation on “${short}”`}
                onClick={async () => {
                  if (await actions.delete(a)) onDeleted();
                }}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Stack>
        </Group>
      )}
      {!editing && footer}
    </li>
  );
}
