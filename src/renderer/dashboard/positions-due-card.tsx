// "Positions due": what the capital waits for, late or due within the week (positions/due-soon.ts),
// each a link to its agenda item. Not there when nothing is due: the dashboard stays quiet.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useCall } from '../api/hooks';
import { paths } from '../shell/paths';
import { formatCount } from '../shell/format';
import { DueDate } from '../positions/due-date';
import { DUE_SOON_DAYS, dueSoon } from '../positions/due-soon';
import { localDay } from '../positions/position-labels';
import { DashboardCard } from './dashboard-card';

/** As many as the card lists; the Positions page has the rest. */
const LISTED = 5;

export function PositionsDueCard() {
  const rows = useCall('positions.list', { statuses: ['none', 'draft', 'in_coordination'] });
  const due = dueSoon(rows.data ?? [], localDay());
  if (due.length === 0) return null;
  return (
    <DashboardCard id="positions-due-heading" title="Positions due">
      <Text size="sm" c="dimmed">
        Not approved yet, and late or due within {DUE_SOON_DAYS} days.
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="positions-due-heading">
        {due.slice(0, LISTED).map(({ position, item, meeting }) => (
          <Stack component="li" key={position.agendaItemId} gap={2}>
            {meeting && item.available ? (
              <Anchor component={Link} href={paths.meetingItem(meeting.id, item.id)} size="sm" fw={600}>
                {item.number} {item.title}
              </Anchor>
            ) : (
              <Text size="sm" fw={600}>
                {item.number ?? item.id} {item.title ?? ''}
              </Text>
            )}
            {meeting && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {meeting.title}
              </Text>
            )}
            <DueDate position={position} />
          </Stack>
        ))}
      </Stack>
      <Group>
        <Button component={Link} href={paths.positions} variant="light" size="xs" leftSection={<IconFlag size={14} aria-hidden />}>
          {due.length > LISTED ? `All ${formatCount(due.length)} on the Positions page` : 'Open Positions'}
        </Button>
      </Group>
    </DashboardCard>
  );
}
