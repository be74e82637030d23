// Where the delegate sees and steers how the desk stays current: the feeds followed, a sync on
// demand, new feeds, and the history of every sync. Offline is a state shown here, not an error.
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useCall } from '../api/hooks';
import { useOnline } from '../shell/online';
import { AddFeedForm } from './add-feed-form';
import { DownloadsCard } from './downloads-card';
import { FeedList } from './feed-list';
import { OfflineNotice } from './offline-notice';
import { SyncLogTable } from './sync-log-table';
import { SyncStatusLine } from './sync-status-line';
import { useSyncRun } from './use-sync-run';

export function SyncView() {
  const online = useOnline();
  const sync = useSyncRun();
  const feeds = useCall('feeds.list', {});
  const list = feeds.data ?? [];

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={2}>Sync</Title>
          <Button
            leftSection={sync.runningAll ? <Loader size={16} color="currentColor" aria-hidden /> : <IconRefresh size={18} aria-hidden />}
            onClick={() => sync.start()}
            disabled={sync.syncing}
          >
            Sync all
          </Button>
        </Group>
        <Text c="dimmed" size="sm" maw={720}>
          Delegate Desk keeps papers, meetings and contacts current from the feeds you follow. A sync changes everything or
          nothing, and your notes and positions never leave this device.
        </Text>
        <SyncStatusLine status={sync.status.data} syncing={sync.syncing} />
      </Stack>

      {!online && <OfflineNotice />}

      <Stack gap="sm" component="section" aria-labelledby="feeds-heading">
        <Title order={3} id="feeds-heading">
          Feeds you follow
        </Title>
        <FeedList syncing={sync.syncing} runningFeedId={sync.runningFeedId} onSync={(id) => sync.start(id)} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="downloads-heading">
        <Title order={3} id="downloads-heading">
          Downloads
        </Title>
        <DownloadsCard />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="add-feed-heading">
        <Title order={3} id="add-feed-heading">
          Add a feed
        </Title>
        <AddFeedForm existing={list} onAdded={(feed) => !sync.syncing && sync.start(feed.id)} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="log-heading">
        <Title order={3} id="log-heading">
          Sync history
        </Title>
        <SyncLogTable feeds={list} />
      </Stack>
    </Stack>
  );
}
