// One line under the view's title that always says where syncing stands: what is happening now
// while a sync runs, otherwise how the last one went and when the next one is due. It keeps its
// height either way, so nothing below it jumps when a sync starts or ends.
import { Anchor, Group, Loader, Text, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { SyncStatus } from '../../api/types';
import { formatDateTime, formatRelative } from '../shell/format';
import { paths } from '../shell/paths';
import { describeProgress, isFailure, outcomeOf } from './sync-words';
import { useNow } from './use-now';

export function SyncStatusLine({ status, syncing }: { status: SyncStatus | undefined; syncing: boolean }) {
  const now = useNow();
  return (
    <Group gap="xs" mih={28} wrap="nowrap">
      {/* Only the start is announced: the page count changing twice a second would drown a screen reader. */}
      <VisuallyHidden role="status">{syncing ? 'Syncing…' : ''}</VisuallyHidden>
      {syncing ? (
        <>
          <Loader size={16} aria-hidden />
          <Text size="sm">{describeProgress(status?.progress ?? null)}</Text>
        </>
      ) : (
        <Idle status={status} now={now} />
      )}
    </Group>
  );
}

function Idle({ status, now }: { status: SyncStatus | undefined; now: Date }) {
  if (!status) return <Text size="sm" c="dimmed">Checking the last sync…</Text>;
  const last = status.lastRun;
  const outcome = outcomeOf(last?.outcome);
  const failed = isFailure(last?.outcome);
  const Icon = failed ? IconAlertTriangle : last ? IconCircleCheck : IconClock;
  return (
    <>
      <Icon size={18} aria-hidden color={`var(--mantine-color-${failed ? 'orange' : last ? 'green' : 'gray'}-text)`} />
      <Text size="sm">
        {last ? (
          <>
            Last sync <span title={formatDateTime(last.finishedAt)}>{formatRelative(last.finishedAt, now)}</span>
            {outcome && `: ${outcome.label.toLowerCase()}`}.{' '}
          </>
        ) : (
          'Nothing has been synced yet. '
        )}
        {status.nextScheduledAt ? (
          <Text span c="dimmed" size="sm">
            Next scheduled sync {formatRelative(status.nextScheduledAt, now)}.
          </Text>
        ) : (
          <Text span c="dimmed" size="sm">
            No sync is scheduled (
            <Anchor component={Link} href={paths.settings} size="sm" underline="always">
              choose how often in Settings
            </Anchor>
            ).
          </Text>
        )}
      </Text>
    </>
  );
}
