// The directory as a table, in the order filterContacts gave: Union-level bodies, then Member
// States by code, each by name.
import { useEffect, useRef } from 'react';
import { Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Contact } from '../../api/types';
import { countryName, roleLabel } from './contact-labels';
import { ContactNotesButton } from './contact-notes';
import { ContactReach } from './contact-reach';

// Roles a delegate acts on most get a colour; the rest stay neutral so the table stays calm.
// Only colours whose light badges keep AA contrast in light mode (teal, green, orange... do not).
const ROLE_COLORS: Record<string, string> = {
  spoc: 'indigo',
  csirt: 'cyan',
  nca: 'grape',
  secretariat: 'pink',
  enisa: 'blue',
  commission: 'blue',
};

function CountryCell({ code }: { code: string }) {
  return (
    <>
      <Text fw={600} size="sm" ff="monospace" span>
        {code.toUpperCase()}
      </Text>
      <Text size="sm" c="dimmed" span>
        {' '}
        {countryName(code)}
      </Text>
    </>
  );
}

function ContactRow({ contact, focused, firstOfCountry }: { contact: Contact; focused: boolean; firstOfCountry: boolean }) {
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    // Arriving from a search result: bring the contact into view once, and start keyboard
    // navigation there.
    if (!focused) return;
    row.current?.scrollIntoView({ block: 'center' });
    row.current?.focus({ preventScroll: true });
  }, [focused]);

  return (
    <Table.Tr
      ref={row}
      aria-current={focused ? 'true' : undefined}
      tabIndex={focused ? -1 : undefined}
      bg={focused ? 'var(--mantine-primary-color-light)' : undefined}
    >
      <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        {/* Rows of one country read as a group: the country shows once, yet every row still
            tells a screen reader where it is. */}
        {firstOfCountry ? (
          <CountryCell code={contact.country} />
        ) : (
          <VisuallyHidden>
            <CountryCell code={contact.country} />
          </VisuallyHidden>
        )}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {contact.name}
            </Text>
            {contact.archived && (
              <Badge color="gray" variant="outline" size="xs">
                Archived
              </Badge>
            )}
          </Group>
          {contact.organisation && (
            <Text size="sm" c="dimmed">
              {contact.organisation}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Group gap={4}>
          {contact.roles.map((role) => (
            <Badge key={role} variant="light" color={ROLE_COLORS[role] ?? 'gray'} size="sm" tt="none">
              {roleLabel(role)}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ContactReach contact={contact} />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ContactNotesButton contact={contact} />
      </Table.Td>
    </Table.Tr>
  );
}

export function ContactsTable({ contacts, focusId }: { contacts: Contact[]; focusId: string | null }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Contacts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>Country</Table.Th>
            <Table.Th>Organisation</Table.Th>
            <Table.Th w={220}>Roles</Table.Th>
            <Table.Th w={280}>E-mail, phone and website</Table.Th>
            <Table.Th w={64}>Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact, i) => (
            <ContactRow
              key={contact.id}
              contact={contact}
              focused={contact.id === focusId}
              firstOfCountry={i === 0 || contacts[i - 1]!.country.toUpperCase() !== contact.country.toUpperCase()}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
