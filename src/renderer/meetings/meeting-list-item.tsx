// One meeting in the list: when, what, where, and whether it goes ahead.
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { MeetingSummary } from '../../api/types';
import { paths } from '../shell/paths';
import { CalendarTile } from './calendar-tile';
import { MeetingBadges } from './meeting-badges';
import { isDisrupted } from './meeting-labels';
import { formatCountdown, isUpcoming } from './meeting-time';
import { MeetingFactsRow } from './meeting-facts-row';

interface MeetingListItemProps {
  meeting: MeetingSummary;
  now: Date;
  /** Its place in the whole list, of setSize, when the list shows only some of its items. */
  index: number;
  setSize: number;
  ref?: (element: Element | null) => void;
}

export function MeetingListItem({ meeting, now, index, setSize, ref }: MeetingListItemProps) {
  const cancelled = meeting.status === 'cancelled';
  return (
    <Card component="li" withBorder padding="md" radius="md" ref={ref} data-index={index} aria-setsize={setSize} aria-posinset={index + 1}>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <CalendarTile startsAt={meeting.startsAt} muted={isDisrupted(meeting.status) || meeting.archived || !isUpcoming(meeting.startsAt, now)} />
        <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
              <Anchor component={Link} href={paths.meeting(meeting.id)} inherit td={cancelled ? 'line-through' : undefined}>
                {meeting.title}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatCountdown(meeting.startsAt, now)}
            </Text>
          </Group>
          <MeetingBadges meeting={meeting} />
          <MeetingFactsRow meeting={meeting} where={meeting.location} />
        </Stack>
      </Group>
    </Card>
  );
}
