// Every position as a table row: where it is (meeting, item), its status, the first lines of the
// line to take, who owns it and when it is due. A row opens the meeting at its item; the item's
// title is the link, so the keyboard and screen readers get there too.
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import type { PositionOverviewRow } from '../../api/types';
import { formatDate } from '../shell/format';
import { paths } from '../shell/paths';
import { DueDate } from './due-date';
import { PositionStatusBadge } from './position-status-badge';

function PositionRow({ row }: { row: PositionOverviewRow }) {
  const [, navigate] = useLocation();
  const { position, item, meeting } = row;
  const href = meeting && item.available ? paths.meetingItem(meeting.id, item.id) : null;
  return (
    <Table.Tr
      onClick={(e) => {
        // A click on the link itself is the link's; anywhere else on the row does the same.
        if (href && !(e.target as HTMLElement).closest('a')) navigate(href);
      }}
      style={href ? { cursor: 'pointer' } : undefined}
    >
      <Table.Td style={{ verticalAlign: 'top' }}>
        {meeting ? (
          <>
            <Text size="sm" fw={500} lineClamp={2}>
              {meeting.title}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDate(meeting.startsAt)}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        {href ? (
          <Anchor component={Link} href={href} size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span fw={700} size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {item.number}
            </Text>{' '}
            {item.title}
          </Anchor>
        ) : (
          <>
            <Text size="sm" fs="italic">
              Agenda item not in your store yet
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {item.id}: it appears when a sync brings it
            </Text>
          </>
        )}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <PositionStatusBadge status={position.status} />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        {position.lineToTake ? (
          <Text size="sm" lineClamp={2}>
            {position.lineToTake}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No line to take yet
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Stack gap={2}>
          {position.owner && <Text size="sm">{position.owner}</Text>}
          <DueDate position={position} />
          {!position.owner && !position.dueDate && (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

export function PositionsTable({ rows }: { rows: PositionOverviewRow[] }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Positions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>Meeting</Table.Th>
            <Table.Th w={230}>Agenda item</Table.Th>
            <Table.Th w={160}>Status</Table.Th>
            <Table.Th miw={240}>Line to take</Table.Th>
            <Table.Th w={200}>Owner and due date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <PositionRow key={row.position.id} row={row} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
