// One meeting in the list: when, what, where, and whether it goes ahead.
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconListNumbers, IconMapPin } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { MeetingSummary } from '../../api/types';
import { paths } from '../shell/paths';
import { CalendarTile } from './calendar-tile';
import { MeetingBadges } from './meeting-badges';
import { agendaCount, isDisrupted } from './meeting-labels';
import { formatCountdown, isUpcoming, formatMeetingDate, formatMeetingTimes } from './meeting-time';
import { MeetingFact } from './meeting-fact';

export function MeetingListItem({ meeting, now }: { meeting: MeetingSummary; now: Date }) {
  const cancelled = meeting.status === 'cancelled';
  return (
    <Card component="li" withBorder padding="md" radius="md">
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
          <Group wrap="wrap" style={{ columnGap: 'var(--mantine-spacing-lg)', rowGap: 4 }}>
            <MeetingFact icon={IconClock}>
              {formatMeetingDate(meeting.startsAt)}, {formatMeetingTimes(meeting.startsAt, meeting.endsAt)}
            </MeetingFact>
            {meeting.location && <MeetingFact icon={IconMapPin}>{meeting.location}</MeetingFact>}
            <MeetingFact icon={IconListNumbers}>{agendaCount(meeting.agendaItems)}</MeetingFact>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
