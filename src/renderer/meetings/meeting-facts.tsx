// The practical facts of a meeting at the top of its page: when, where, how, who chairs, and
// how much there is to read.
import type { ReactNode } from 'react';
import { Box, Paper, SimpleGrid, Text } from '@mantine/core';
import type { MeetingDetail } from '../../api/types';
import { formatLabel, agendaCount } from './meeting-labels';
import { formatCountdown, formatMeetingDate, formatMeetingTimes, meetingTimeZone } from './meeting-time';

export function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const papers = linkedPapers(meeting);
  const zone = meetingTimeZone(meeting.startsAt);
  return (
    <Paper withBorder radius="md" p="md">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" verticalSpacing="md" m={0}>
        <Fact label="When">
          {formatMeetingDate(meeting.startsAt)}
          <br />
          {formatMeetingTimes(meeting.startsAt, meeting.endsAt)}
          {zone && (
            <Text span size="sm" c="dimmed">
              {' '}
              ({zone})
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {formatCountdown(meeting.startsAt)}
          </Text>
        </Fact>
        <Fact label="Where">
          {meeting.location ?? <Text span c="dimmed">Not announced</Text>}
          {meeting.format && (
            <Text size="sm" c="dimmed">
              {formatLabel(meeting.format)}
            </Text>
          )}
        </Fact>
        <Fact label="Chair">{meeting.chair ?? <Text span c="dimmed">Not announced</Text>}</Fact>
        <Fact label="Agenda">
          {agendaCount(meeting.agenda.filter((item) => !item.archived).length)}
          <Text size="sm" c="dimmed">
            {papersLine(papers)}
          </Text>
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box style={{ minWidth: 0 }}>
      <Text component="dt" size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Box>
  );
}

/** Distinct papers over the whole agenda: one paper on two items is one paper to read. */
function linkedPapers(meeting: MeetingDetail): { ready: number; unavailable: number } {
  const seen = new Map<string, boolean>();
  for (const item of meeting.agenda) {
    if (item.archived) continue;
    for (const doc of item.documents) seen.set(doc.id, doc.available);
  }
  const values = [...seen.values()];
  return { ready: values.filter(Boolean).length, unavailable: values.filter((v) => !v).length };
}

function papersLine({ ready, unavailable }: { ready: number; unavailable: number }): string {
  if (ready + unavailable === 0) return 'No papers linked';
  const readyText = ready === 1 ? '1 paper' : `${ready} papers`;
  return unavailable > 0 ? `${readyText}, ${unavailable} not published yet` : readyText;
}
