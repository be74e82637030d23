// The line of facts under a meeting's title in lists and cards: when, where, how many items.
import { Group } from '@mantine/core';
import { IconClock, IconListNumbers, IconMapPin } from '@tabler/icons-react';
import type { MeetingSummary } from '../../api/types';
import { MeetingFact } from './meeting-fact';
import { agendaCount } from './meeting-labels';
import { formatMeetingDate, formatMeetingTimes } from './meeting-time';

export function MeetingFactsRow({ meeting, where }: { meeting: MeetingSummary; where: string | null }) {
  return (
    <Group wrap="wrap" style={{ columnGap: 'var(--mantine-spacing-lg)', rowGap: 4 }}>
      <MeetingFact icon={IconClock}>
        {formatMeetingDate(meeting.startsAt)}, {formatMeetingTimes(meeting.startsAt, meeting.endsAt)}
      </MeetingFact>
      {where && <MeetingFact icon={IconMapPin}>{where}</MeetingFact>}
      <MeetingFact icon={IconListNumbers}>{agendaCount(meeting.agendaItems)}</MeetingFact>
    </Group>
  );
}
