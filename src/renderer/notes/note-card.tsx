// One note: its text, when it was written and last edited, and editing in place.
import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { NoteRecord } from '../../api/types';
import { formatDateTime } from '../shell/format';
import { useKeptWriting } from '../shell/kept-writing';
import { NOTE_SHORTCUT } from './note-shortcut';
import { places } from '../../recovery/kept-place';
import { useUnsavedWork } from '../shell/unsaved-work';

export function NoteCard({
  note,
  onSave,
  onDelete,
  saving,
}: {
  note: NoteRecord;
  /** Resolves true once saved; false keeps the editor open with the text. */
  onSave: (body: string) => Promise<boolean>;
  onDelete: () => void;
  saving: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const edited = note.updatedAt !== note.createdAt;
  const unsaved = draft !== null && draft.trim() !== note.body;
  useUnsavedWork(unsaved);
  useKeptWriting(places.note(note.id), draft ?? '', unsaved, { dropOnUnmount: true });

  async function save() {
    if (draft === null) return;
    if (draft.trim() === note.body) return setDraft(null);
    if (!draft.trim()) return;
    if (await onSave(draft.trim())) setDraft(null);
  }

  if (draft !== null) {
    return (
      <Paper withBorder p="sm" radius="md" component="li">
        <Stack gap="xs">
          <Textarea
            aria-label="Edit the note"
            autosize
            minRows={2}
            maxRows={16}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={getHotkeyHandler([
              [NOTE_SHORTCUT, () => void save()],
              ['Escape', () => setDraft(null)],
            ])}
            data-autofocus
            autoFocus
          />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setDraft(null)}>
              Cancel
            </Button>
            <Button size="xs" onClick={() => void save()} loading={saving} disabled={!draft.trim()}>
              Save note
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {note.body}
          </Text>
          <Text size="xs" c="dimmed">
            Written {formatDateTime(note.createdAt)}
            {edited && ` · edited ${formatDateTime(note.updatedAt)}`}
          </Text>
        </Stack>
        <Group gap={2} wrap="nowrap">
          <Tooltip label="Edit" withArrow openDelay={300}>
            <ActionIcon variant="subtle" color="gray" aria-label="Edit this note" onClick={() => setDraft(note.body)}>
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete" withArrow openDelay={300}>
            <ActionIcon variant="subtle" color="gray" aria-label="Delete this note" onClick={onDelete}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Paper>
  );
}
