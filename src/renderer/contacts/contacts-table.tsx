// The directory as a table, in the order filterContacts gave: Union-level bodies, then Member
// States by code, each by name.
//
// Only the rows in view are in the page (shell/window-rows.ts), so 5,000 contacts open and filter
// as quickly as 26: every row in the page made 5,000 take half a minute to open and each letter
// typed in the filter seconds. Spacer rows stand for the rest; aria-rowcount and aria-rowindex
// tell a screen reader where it is.
import { useEffect, useRef } from 'react';
import { Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import type { Contact } from '../../api/types';
import { countryName, roleLabel } from './contact-labels';
import { ContactNotesButton } from './contact-notes';
import { ContactReach } from './contact-reach';
import { useWindowRows } from '../shell/window-rows';

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

/** A row's height before it is measured: a contact with an e-mail and a phone. */
const ESTIMATED_ROW_HEIGHT = 92;

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

interface ContactRowProps {
  contact: Contact;
  index: number;
  focused: boolean;
  firstOfCountry: boolean;
  measure: (row: Element | null) => void;
  onOpenNotes: (contact: Contact) => void;
}

function ContactRow({ contact, index, focused, firstOfCountry, measure, onOpenNotes }: ContactRowProps) {
  const row = useRef<HTMLTableRowElement>(null);
  const ref = useMergedRef(row, measure);
  useEffect(() => {
    // Arriving from a search result: the table scrolled the contact into view; keyboard
    // navigation starts there.
    if (focused) row.current?.focus({ preventScroll: true });
  }, [focused]);

  return (
    <Table.Tr
      ref={ref}
      data-index={index}
      aria-rowindex={index + 2}
      aria-current={focused ? 'true' : undefined}
      tabIndex={focused ? -1 : undefined}
      bg={focused ? 'var(--mantine-primary-color-light)' : undefined}
    >
      <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        {/* Rows of one country read as a group: the country's name shows once, its code dimmed
            on the rows after it, so a row scrolled to the top of the window still says where it
            is; a screen reader hears the name on every row. */}
        {firstOfCountry ? (
          <CountryCell code={contact.country} />
        ) : (
          <>
            <Text size="sm" ff="monospace" c="dimmed" span>
              {contact.country.toUpperCase()}
            </Text>
            <VisuallyHidden> {countryName(contact.country)}</VisuallyHidden>
          </>
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
        <ContactNotesButton contact={contact} onOpen={onOpenNotes} />
      </Table.Td>
    </Table.Tr>
  );
}

/** A row standing for the rows not in the page, above or below those shown. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={5} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}

interface ContactsTableProps {
  contacts: Contact[];
  focusId: string | null;
  onOpenNotes: (contact: Contact) => void;
}

export function ContactsTable({ contacts, focusId, onOpenNotes }: ContactsTableProps) {
  const { start, rows, before, after, measure, virtualizer } = useWindowRows<HTMLTableSectionElement>({
    count: contacts.length,
    key: (index) => contacts[index]!.id,
    estimate: ESTIMATED_ROW_HEIGHT,
  });

  // A contact pointed at by a search result may be far down the list: bring it to the middle.
  useEffect(() => {
    if (!focusId) return;
    const index = contacts.findIndex((c) => c.id === focusId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [focusId, contacts, virtualizer]);

  return (
    // Wide enough for the fixed columns (764 px) and an organisation's name beside them: narrower,
    // the table scrolls sideways rather than squeezing the names.
    <Table.ScrollContainer minWidth={1000}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-label="Contacts"
        aria-rowcount={contacts.length + 1}
        // Fixed widths: the columns must not move as other rows scroll into the page.
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w={200}>Country</Table.Th>
            <Table.Th>Organisation</Table.Th>
            <Table.Th w={220}>Roles</Table.Th>
            <Table.Th w={280}>E-mail, phone and website</Table.Th>
            <Table.Th w={64}>Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={start}>
          <Spacer height={before} />
          {rows.map((item) => {
            const contact = contacts[item.index]!;
            const previous = contacts[item.index - 1];
            return (
              <ContactRow
                key={item.key}
                contact={contact}
                index={item.index}
                focused={contact.id === focusId}
                firstOfCountry={previous === undefined || previous.country.toUpperCase() !== contact.country.toUpperCase()}
                measure={measure}
                onOpenNotes={onOpenNotes}
              />
            );
          })}
          <Spacer height={after} />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
