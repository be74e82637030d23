// The delegate's own notes on a meeting or a contact ("talk to the Dutch SPOC in the margins"):
// newest first, added in one step, edited in place, and deleted with an Undo, since a note is
// often all there is of a conversation. A note not yet added is kept when the panel closes, and
// in the store against a crash, as is a note being edited (shell/kept-writing.ts).
import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { NoteRecord, NoteSubject } from '../../api/types';
import { useCall } from '../api/hooks';
import { notify } from '../sync/notify';
import { QueryView } from '../shell/states';
import { NoteCard } from './note-card';
import { useNoteActions } from './note-actions';
import { useNoteDraft } from './note-draft';
import { useKeptWriting } from '../shell/kept-writing';
import { NOTE_SHORTCUT } from './note-shortcut';
import { places } from '../../recovery/kept-place';

export function NotesPanel({ subjectType, subjectId, emptyText }: { subjectType: NoteSubject; subjectId: string; emptyText: string }) {
  const query = useCall('notes.list', { subjectType, subjectId });
  const actions = useNoteActions();
  const [body, setBody] = useNoteDraft(subjectType, subjectId);
  // Kept in the store too while not added: a crash loses at most the last moment of it.
  useKeptWriting(places.newNote(subjectType, subjectId), body, body.trim() !== '', { dropOnUnmount: false });
  const [error, setError] = useState<string | null>(null);

  async function add() {
    if (!body.trim()) return;
    setError(null);
    try {
      await actions.save.mutateAsync({ subjectType, subjectId, body: body.trim() });
      setBody('');
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function saveEdit(note: NoteRecord, text: string): Promise<boolean> {
    try {
      await actions.save.mutateAsync({ id: note.id, subjectType, subjectId, body: text });
      return true;
    } catch (e) {
      notify({ title: 'The note was not saved', message: `${(e as Error).message} Your text is still in the editor.`, failed: true });
      return false;
    }
  }

  async function remove(note: NoteRecord) {
    try {
      await actions.remove.mutateAsync({ id: note.id });
    } catch (e) {
      notify({ title: 'The note was not deleted', message: (e as Error).message, failed: true });
      return;
    }
    const id = `note-undo-${note.id}`;
    notifications.show({
      id,
      title: 'Note deleted',
      message: (
        <Group gap="sm" justify="space-between" wrap="nowrap">
          <Text size="sm" lineClamp={1} style={{ minWidth: 0 }}>
            {note.body}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              actions.restore.mutate(
                { id: note.id },
                { onError: (e) => notify({ title: 'The note was not brought back', message: e.message, failed: true }) },
              );
            }}
          >
            Undo
          </Button>
        </Group>
      ),
      autoClose: 10_000,
      closeButtonProps: { 'aria-label': 'Close this notice' },
    });
  }

  return (
    <Stack gap="sm">
      <Stack gap={6}>
        <Textarea
          aria-label="New note"
          placeholder="Write a note… (Ctrl+Enter to add)"
          autosize
          minRows={2}
          maxRows={12}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([[NOTE_SHORTCUT, () => void add()]])}
          error={error}
          // Opened in a drawer (a contact's notes), the keyboard starts here, where the draft is.
          data-autofocus
        />
        <Group justify="flex-end">
          <Button size="xs" onClick={() => void add()} loading={actions.save.isPending && body !== ''} disabled={!body.trim()}>
            Add note
          </Button>
        </Group>
      </Stack>
      <QueryView query={query} loading="Loading your notes…">
        {(notes) =>
          notes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {emptyText}
            </Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your notes">
              {[...notes]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((note) => (
                  <NoteCard
                    key={note.id}
                    note={note}
                    saving={actions.save.isPending}
                    onSave={(text) => saveEdit(note, text)}
                    onDelete={() => void remove(note)}
                  />
                ))}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
