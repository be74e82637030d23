// How the last sync went, so the delegate knows whether what the dashboard shows is current.
// The words are the Sync view's own (sync-words.ts), so both say the same of the same run.
import { Alert, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { SyncRun } from '../../api/types';
import { formatDateTime, formatRelative } from '../shell/format';
import { paths } from '../shell/paths';
import { useCall } from '../api/hooks';
import { feedName } from '../sync/feed-name';
import { DashboardCard } from './dashboard-card';
import { capitalise, isFailure, OUTCOME, sentence, summariseCounts } from '../sync/sync-words';

export function LastSyncCard({ run }: { run: SyncRun | null }) {
  return (
    <DashboardCard id="last-sync-heading" title="Last sync">
      {run ? <SyncRunSummary run={run} /> : <NoSyncYet />}
      <Group>
        <Button component={Link} href={paths.sync} variant="light" size="xs" leftSection={<IconRefresh size={14} aria-hidden />}>
          Open Sync
        </Button>
      </Group>
    </DashboardCard>
  );
}

function SyncRunSummary({ run }: { run: SyncRun }) {
  const failed = isFailure(run.outcome);
  const outcome = OUTCOME[run.outcome];
  const brought = summariseCounts('documents' in run.counts ? run.counts : null);
  // The feed's own name reads better than its address (the sample feed's is a file path).
  const feeds = useCall('feeds.list', {});
  const feed = feeds.data?.find((f) => f.id === run.subscriptionId);
  const source = feed ? feedName(feed) : run.source;
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={outcome.color} radius="xl" size="md" aria-hidden>
          {failed ? <IconAlertTriangle size={16} /> : <IconCheck size={16} />}
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {outcome.label}, {formatRelative(run.finishedAt)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(run.finishedAt)}
          </Text>
        </Stack>
      </Group>
      <Text size="sm">{outcome.meaning}</Text>
      {failed && run.error && (
        <Alert color="red" variant="light" p="xs" title="What went wrong">
          <Text size="sm">{sentence(run.error)}</Text>
        </Alert>
      )}
      {!failed && brought && <Text size="sm">{capitalise(brought)}.</Text>}
      <Text size="xs" c="dimmed" truncate="end" title={run.source}>
        From {source}
      </Text>
    </Stack>
  );
}

function NoSyncYet() {
  return (
    <Text size="sm" c="dimmed">
      No sync yet. Add a feed in Sync to bring in papers, meetings and contacts.
    </Text>
  );
}
