// Every sync that ran, newest first: when, from where, how it went and what it changed, so a
// delegate can tell when a paper arrived or why it did not.
import { Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Feed, SyncRun } from '../../api/types';
import { useCall } from '../api/hooks';
import { formatBytes, formatDateTime, formatRelative } from '../shell/format';
import { EmptyState, QueryView } from '../shell/states';
import { feedName } from './feed-name';
import { OutcomeBadge } from './outcome-badge';
import { OUTCOME, isFailure, sentence, summariseCounts, formatDuration, capitalise } from './sync-words';
import { useNow } from './use-now';

const LIMIT = 50;

export function SyncLogTable({ feeds }: { feeds: Feed[] }) {
  const log = useCall('sync.log', { limit: LIMIT });
  const now = useNow();
  const byId = new Map(feeds.map((f) => [f.id, f]));

  return (
    <QueryView query={log} loading="Loading the sync history…">
      {(runs) =>
        runs.length === 0 ? (
          <EmptyState title="No syncs yet">Each sync will be listed here, with what it changed.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="xs" striped highlightOnHover>
              <Table.Caption>
                {runs.length === LIMIT ? `The last ${LIMIT} syncs, newest first.` : 'Every sync, newest first.'}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Feed</Table.Th>
                  <Table.Th scope="col">Outcome</Table.Th>
                  <Table.Th scope="col">What changed</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Pages
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Size
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Took
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.map((run) => (
                  <RunRow key={run.id} run={run} feed={run.subscriptionId === null ? undefined : byId.get(run.subscriptionId)} now={now} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryView>
  );
}

function RunRow({ run, feed, now }: { run: SyncRun; feed: Feed | undefined; now: Date }) {
  const outcome = OUTCOME[run.outcome] ?? { label: capitalise(run.outcome), color: 'gray', meaning: '' };
  const changes = summariseCounts(run.counts);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDateTime(run.finishedAt)}</Text>
        <Text size="xs" c="dimmed">
          {formatRelative(run.finishedAt, now)}
        </Text>
      </Table.Td>
      <Table.Td maw={280}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {feed ? feedName(feed) : run.source}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <OutcomeBadge outcome={run.outcome} />
      </Table.Td>
      <Table.Td maw={360}>
        {isFailure(run.outcome) ? (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconAlertTriangle
              size={16}
              color={`var(--mantine-color-${outcome.color}-text)`}
              aria-hidden
              style={{ flexShrink: 0, marginTop: 2 }}
            />
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {run.error ? sentence(run.error) : outcome.meaning}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c={changes ? undefined : 'dimmed'}>
            {changes ? `${capitalise(changes)}.` : 'Nothing new.'}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{run.pages}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatBytes(run.bytes)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatDuration(run.durationMs)}
      </Table.Td>
    </Table.Tr>
  );
}
