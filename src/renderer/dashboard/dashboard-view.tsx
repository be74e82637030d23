// The delegate's first screen: the next meetings and how ready they can be for them, the papers
// the last sync brought, and whether the desk is current.
import { Button, Grid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconRefresh } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { Dashboard } from '../../api/types';
import { useCall } from '../api/hooks';
import { paths } from '../shell/paths';
import { EmptyState, QueryView } from '../shell/states';
import { ChangedDocuments } from './changed-documents';
import { DeskCounts } from './desk-counts';
import { greeting } from './greeting';
import { LastSyncCard } from './last-sync-card';
import { PositionsDueCard } from './positions-due-card';
import { NextMeetingCard } from './next-meeting-card';

export function DashboardView() {
  const query = useCall('dashboard.get', {});
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Dashboard</Title>
        <Text c="dimmed">{greeting()}</Text>
      </div>
      <QueryView query={query} loading="Loading your dashboard…">
        {(dashboard) => <DashboardBody dashboard={dashboard} />}
      </QueryView>
    </Stack>
  );
}

function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const now = new Date();
  return (
    // Sized by the space the view has, not the window: the navigation takes its share first.
    <Grid gap="lg" type="container" breakpoints={{ xs: '500px', sm: '640px', md: '820px', lg: '1000px', xl: '1200px' }}>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="xl">
          <Stack gap="sm" component="section" aria-labelledby="next-meetings-heading">
            <Title order={3} id="next-meetings-heading">
              Next meetings
            </Title>
            {dashboard.nextMeetings.length > 0 ? (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="next-meetings-heading">
                {dashboard.nextMeetings.map((preparation) => (
                  <NextMeetingCard key={preparation.meeting.id} preparation={preparation} now={now} />
                ))}
              </Stack>
            ) : (
              <NoUpcomingMeetings hasMeetings={dashboard.counts.meetings > 0} />
            )}
          </Stack>
          <ChangedDocuments documents={dashboard.changedDocuments} synced={dashboard.lastSync !== null} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          <PositionsDueCard />
          <LastSyncCard run={dashboard.lastSync} />
          <DeskCounts counts={dashboard.counts} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function NoUpcomingMeetings({ hasMeetings }: { hasMeetings: boolean }) {
  if (hasMeetings) {
    return (
      <EmptyState
        title="No upcoming meetings"
        action={
          <Button component={Link} href={paths.meetings} variant="light" leftSection={<IconCalendarEvent size={16} aria-hidden />}>
            See past meetings
          </Button>
        }
      >
        Every meeting on your desk is in the past. New ones appear here when a sync brings them.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="No upcoming meetings"
      action={
        <Button component={Link} href={paths.sync} variant="light" leftSection={<IconRefresh size={16} aria-hidden />}>
          Add a feed in Sync
        </Button>
      }
    >
      Add a feed in Sync to bring in the meetings and their agendas.
    </EmptyState>
  );
}
