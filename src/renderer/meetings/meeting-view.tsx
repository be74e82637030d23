// A meeting's page: what, when and where, then the agenda item by item with its papers, the
// national position and the tour de table, then the delegate's notes on the meeting. The address
// may name one item (?item=ID): the page opens there.
import { Alert, Anchor, Badge, Box, Breadcrumbs, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconCalendarOff, IconClockPause } from '@tabler/icons-react';
import { Link, useSearch } from 'wouter';
import type { MeetingDetail } from '../../api/types';
import { useCall } from '../api/hooks';
import { paths } from '../shell/paths';
import { EmptyState, QueryView } from '../shell/states';
import { MeetingNotes } from '../notes/meeting-notes';
import { AgendaItemCard } from './agenda-item-card';
import { MeetingBadges } from './meeting-badges';
import { MeetingFacts } from './meeting-facts';
import { CalendarExportButton } from './calendar-export-button';
import { BriefingNoteButton } from '../briefing/briefing-dialog';
import { PreparationSummary } from './preparation-summary';

export function MeetingView({ id }: { id: string }) {
  // A missing meeting stays missing: say so at once rather than after a retry.
  const query = useCall('meetings.get', { id }, { retry: false });
  const focusItem = new URLSearchParams(useSearch()).get('item');
  return (
    <Stack gap="lg" maw={1100}>
      <Box component="nav" aria-label="Breadcrumbs">
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} href={paths.meetings} size="sm">
            Meetings
          </Anchor>
          <Text size="sm" c="dimmed" aria-current="page" lineClamp={1}>
            {query.data?.title ?? 'Meeting'}
          </Text>
        </Breadcrumbs>
      </Box>
      <QueryView query={query} loading="Loading the meeting…">
        {(meeting) => <MeetingPage meeting={meeting} focusItem={focusItem} />}
      </QueryView>
    </Stack>
  );
}

function MeetingPage({ meeting, focusItem }: { meeting: MeetingDetail; focusItem: string | null }) {
  const current = meeting.agenda.filter((item) => !item.archived).length;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {meeting.title}
        </Title>
        <MeetingBadges meeting={meeting} />
        {/* The meeting's files for other programs; other exports of the meeting sit beside it. */}
        <Group gap="sm" mt={4} aria-label="Export this meeting" role="group">
          <CalendarExportButton meetingId={meeting.id} />
          <BriefingNoteButton meeting={meeting} />
        </Group>
      </Stack>
      <Disruption status={meeting.status} />
      {meeting.archived && <ArchivedNotice />}
      <MeetingFacts meeting={meeting} />
      <PreparationSummary meeting={meeting} />
      {meeting.description && (
        <Text style={{ whiteSpace: 'pre-line', maxWidth: '75ch' }}>{meeting.description}</Text>
      )}
      <Stack gap="sm" component="section" aria-labelledby="agenda-heading">
        <Group gap="xs" align="center">
          <Title order={3} id="agenda-heading">
            Agenda
          </Title>
          {meeting.agenda.length > 0 && (
            <Badge variant="light" color="gray">
              {current}
              <VisuallyHidden> {current === 1 ? 'item' : 'items'}</VisuallyHidden>
            </Badge>
          )}
        </Group>
        {meeting.agenda.length > 0 ? (
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Agenda items">
            {meeting.agenda.map((item) => (
              <AgendaItemCard key={item.id} item={item} focused={item.id === focusItem} />
            ))}
          </Stack>
        ) : (
          <EmptyState title="No agenda yet">The agenda appears here once the secretariat publishes it and a sync brings it.</EmptyState>
        )}
      </Stack>
      <MeetingNotes meetingId={meeting.id} />
    </Stack>
  );
}

/** Cancelled or postponed: said in words at the top, not only by a badge. */
function Disruption({ status }: { status: string | null }) {
  if (status === 'cancelled') {
    return (
      <Alert color="red" variant="light" icon={<IconCalendarOff aria-hidden />} title="This meeting is cancelled">
        It will not take place on the date below.
      </Alert>
    );
  }
  if (status === 'postponed') {
    return (
      // The title in the body colour: Mantine's dark orange on light orange is too faint to read.
      <Alert
        color="orange"
        variant="light"
        icon={<IconClockPause aria-hidden />}
        title="This meeting is postponed"
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        The date below is the one announced before; the new date comes with a later sync.
      </Alert>
    );
  }
  return null;
}

function ArchivedNotice() {
  return (
    <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} title="Archived">
      The publisher withdrew this meeting from the feed. It is kept because your own notes or positions refer to it.
    </Alert>
  );
}
