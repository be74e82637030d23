// The directory: who to call at the single points of contact, the CSIRTs, the national
// authorities, ENISA and the Commission. A search result can point at one contact
// (/contacts?focus=<id>): it is shown and highlighted.
import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation, useSearch } from 'wouter';
import type { Contact } from '../../api/types';
import { useCall } from '../api/hooks';
import { formatCount } from '../shell/format';
import { paths } from '../shell/paths';
import { EmptyState, QueryView } from '../shell/states';
import { ContactFilters } from './contact-filters';
import { ContactNotesDrawer, useContactNotes } from './contact-notes';
import { ContactsTable } from './contacts-table';
import { ExportVCardButton } from './export-vcard-button';
import { filterContacts, isFiltering, NO_FILTER, type ContactFilter } from './filter-contacts';

function ContactDirectory({ contacts, focusId }: { contacts: Contact[]; focusId: string | null }) {
  const [filter, setFilter] = useState<ContactFilter>(NO_FILTER);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const notes = useContactNotes();

  useEffect(() => {
    if (!focusId) return;
    const focused = contacts.find((c) => c.id === focusId);
    if (focused) {
      // Show the contact whatever the filters were, archived or not.
      setFilter((current) => ({ ...NO_FILTER, showArchived: current.showArchived || focused.archived }));
      setHighlighted(focused.id);
    }
    // The focus is a one-time pointer: drop it from the address so it does not come back when the
    // delegate returns to the directory later. (The trailing "?" makes the hash router clear it.)
    navigate(`${paths.contacts}?`, { replace: true });
  }, [focusId, contacts, navigate]);

  const shown = useMemo(() => filterContacts(contacts, filter), [contacts, filter]);
  const total = contacts.filter((c) => filter.showArchived || !c.archived).length;

  const change = (next: ContactFilter) => {
    setFilter(next);
    setHighlighted(null);
  };

  if (contacts.length === 0) {
    return (
      <EmptyState
        title="No contacts yet"
        action={
          <Button component={Link} href={paths.sync} variant="light">
            Go to Sync
          </Button>
        }
      >
        Contacts come with the feed: single points of contact, CSIRTs, national authorities, ENISA and the Commission.
      </EmptyState>
    );
  }

  return (
    <Stack gap="md">
      <ContactFilters contacts={contacts} filter={filter} onChange={change} />
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {shown.length === total ? `${formatCount(total)} ${total === 1 ? 'contact' : 'contacts'}` : `${formatCount(shown.length)} of ${formatCount(total)} contacts`}
        </Text>
        <ExportVCardButton shown={shown} filtered={isFiltering(filter)} />
      </Group>
      {shown.length > 0 ? (
        <ContactsTable contacts={shown} focusId={highlighted} onOpenNotes={notes.open} />
      ) : isFiltering(filter) ? (
        <EmptyState
          title="No contact matches"
          action={
            <Button variant="light" onClick={() => change({ ...NO_FILTER, showArchived: filter.showArchived })}>
              Clear filters
            </Button>
          }
        >
          Try another name, country or role.
        </EmptyState>
      ) : (
        <EmptyState
          title="Every contact is archived"
          action={
            <Button variant="light" onClick={() => change({ ...filter, showArchived: true })}>
              Show archived contacts
            </Button>
          }
        >
          The feed no longer lists these organisations; they are kept for reference.
        </EmptyState>
      )}
      <ContactNotesDrawer contact={notes.shown} opened={notes.opened} onClose={notes.close} />
    </Stack>
  );
}

export function ContactsView() {
  const focusId = new URLSearchParams(useSearch()).get('focus');
  // Archived contacts are fetched too and hidden on the page: switching them on is then instant,
  // and a search result can point at one.
  const query = useCall('contacts.list', { includeArchived: true });

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Contacts</Title>
        <Text c="dimmed" size="sm">
          Single points of contact, CSIRTs, national authorities, ENISA and the Commission.
        </Text>
      </div>
      <QueryView query={query} loading="Loading contacts…">
        {(contacts) => <ContactDirectory contacts={contacts} focusId={focusId} />}
      </QueryView>
    </Stack>
  );
}
