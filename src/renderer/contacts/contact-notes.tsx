// The delegate's notes on one contact, opened from the directory row: a drawer beside the
// table, so the directory stays where it was. One drawer serves the whole directory; each row
// only has the button that opens it.
import { useState } from 'react';
import { ActionIcon, Stack, Text, Tooltip } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import type { Contact } from '../../api/types';
import { NotesPanel } from '../notes/notes-panel';
import { EscapeDrawer } from '../shell/escape-drawer';

export function ContactNotesButton({ contact, onOpen }: { contact: Contact; onOpen: (contact: Contact) => void }) {
  return (
    <Tooltip label="Your notes" withArrow openDelay={300}>
      <ActionIcon variant="subtle" color="gray" aria-label={`Notes on ${contact.name}`} onClick={() => onOpen(contact)}>
        <IconNotes size={17} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** Which contact's notes are open; the contact stays while the drawer slides shut. */
export function useContactNotes(): { shown: Contact | null; opened: boolean; open: (contact: Contact) => void; close: () => void } {
  const [state, setState] = useState<{ contact: Contact | null; opened: boolean }>({ contact: null, opened: false });
  return {
    shown: state.contact,
    opened: state.opened,
    open: (contact) => setState({ contact, opened: true }),
    close: () => setState((current) => ({ ...current, opened: false })),
  };
}

export function ContactNotesDrawer({ contact, opened, onClose }: { contact: Contact | null; opened: boolean; onClose: () => void }) {
  return (
    <EscapeDrawer
      opened={opened && contact !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={<Text fw={700} component="span">Notes on {contact?.name}</Text>}
      closeButtonProps={{ 'aria-label': 'Close the notes' }}
    >
      {contact && (
        <Stack gap="sm">
          {contact.organisation && (
            <Text size="sm" c="dimmed">
              {contact.organisation}
            </Text>
          )}
          <NotesPanel
            // A new panel for each contact: what is being typed belongs to the contact it was typed for.
            key={contact.id}
            subjectType="contact"
            subjectId={contact.id}
            emptyText="No notes yet: who you met, what was agreed, whom to ask next time."
          />
        </Stack>
      )}
    </EscapeDrawer>
  );
}
