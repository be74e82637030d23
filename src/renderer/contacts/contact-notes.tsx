// The delegate's notes on one contact, opened from the directory row: a drawer beside the
// table, so the directory stays where it was.
import { useState } from 'react';
import { ActionIcon, Stack, Text, Tooltip } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import type { Contact } from '../../api/types';
import { NotesPanel } from '../notes/notes-panel';
import { EscapeDrawer } from '../shell/escape-drawer';

export function ContactNotesButton({ contact }: { contact: Contact }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Tooltip label="Your notes" withArrow openDelay={300}>
        <ActionIcon variant="subtle" color="gray" aria-label={`Notes on ${contact.name}`} onClick={() => setOpened(true)}>
          <IconNotes size={17} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <EscapeDrawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size="md"
        title={<Text fw={700} component="span">Notes on {contact.name}</Text>}
        closeButtonProps={{ 'aria-label': 'Close the notes' }}
      >
        <Stack gap="sm">
          {contact.organisation && (
            <Text size="sm" c="dimmed">
              {contact.organisation}
            </Text>
          )}
          <NotesPanel
            subjectType="contact"
            subjectId={contact.id}
            emptyText="No notes yet: who you met, what was agreed, whom to ask next time."
          />
        </Stack>
      </EscapeDrawer>
    </>
  );
}
