// One of the next meetings on the dashboard: what and when at a glance, and how ready the
// delegate can be for it.
import { Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { MeetingPreparation, MeetingSummary } from '../../api/types';
import { paths } from '../shell/paths';
import { CalendarTile } from '../meetings/calendar-tile';
import { MeetingBadges } from '../meetings/meeting-badges';
import { MeetingFactsRow } from '../meetings/meeting-facts-row';
import { formatLabel, isDisrupted } from '../meetings/meeting-labels';
import { formatCountdown } from '../meetings/meeting-time';
import { Preparation } from './preparation';

// The summary carries no format yet; when it does, the card shows it without another change.
type WithFormat = MeetingSummary & { format?: string | null };

export function NextMeetingCard({ preparation, now }: { preparation: MeetingPreparation; now: Date }) {
  const meeting: WithFormat = preparation.meeting;
  const where = [meeting.location, meeting.format ? formatLabel(meeting.format) : null].filter(Boolean).join(' · ');
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Group wrap="nowrap" align="flex-start" gap="md">
          <CalendarTile startsAt={meeting.startsAt} muted={isDisrupted(meeting.status)} />
          <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} href={paths.meeting(meeting.id)} inherit td={meeting.status === 'cancelled' ? 'line-through' : undefined}>
                  {meeting.title}
                </Anchor>
              </Title>
              <Text size="sm" fw={600} c="var(--mantine-primary-color-light-color)" style={{ whiteSpace: 'nowrap' }}>
                {formatCountdown(meeting.startsAt, now)}
              </Text>
            </Group>
            <MeetingBadges meeting={meeting} />
            <MeetingFactsRow meeting={meeting} where={where} />
          </Stack>
        </Group>
        <Divider />
        <Preparation preparation={preparation} />
      </Stack>
    </Card>
  );
}
