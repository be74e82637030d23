// The header's word on freshness, seen from every view: offline, syncing, synced how long ago,
// or that the last sync failed. It leads to the Sync view, where the details and the fixes are.
import { Badge, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconWifiOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { SyncStatus } from '../../api/types';
import { useCall } from '../api/hooks';
import { formatDateTime, formatRelative } from '../shell/format';
import { useOnline } from '../shell/online';
import { paths } from '../shell/paths';
import { isFailure } from './sync-words';
import { useNow } from './use-now';

const WHILE_RUNNING_MS = 1000;
const WHILE_IDLE_MS = 5000;

interface BadgeState {
  label: string;
  /** The same, said in full for a screen reader. */
  description: string;
  /** A tinted badge for what needs attention; calm states are plain, their icon coloured. */
  variant: 'light' | 'default';
  color: string;
  icon: ReactNode;
}

function badgeState(status: SyncStatus | undefined, online: boolean, now: Date): BadgeState {
  const last = status?.lastRun ?? null;
  if (status?.running) {
    return {
      label: 'Syncing…',
      description: 'Syncing now',
      variant: 'light',
      color: 'blue',
      icon: <Loader size={10} color="currentColor" aria-hidden />,
    };
  }
  if (!online) {
    return {
      label: 'Offline',
      description: 'You are offline; everything stored on this device still works',
      variant: 'default',
      color: 'gray',
      icon: <IconWifiOff size={12} aria-hidden />,
    };
  }
  if (!last) {
    return {
      label: 'Not synced yet',
      description: 'Nothing has been synced yet',
      variant: 'default',
      color: 'gray',
      icon: <IconClock size={12} aria-hidden />,
    };
  }
  if (isFailure(last.outcome)) {
    return {
      label: 'Last sync failed',
      description: `The last sync failed ${formatRelative(last.finishedAt, now)} (${formatDateTime(last.finishedAt)})`,
      variant: 'light',
      color: 'red',
      icon: <IconAlertTriangle size={12} aria-hidden />,
    };
  }
  return {
    label: `Synced ${formatRelative(last.finishedAt, now)}`,
    description: `Last synced ${formatRelative(last.finishedAt, now)} (${formatDateTime(last.finishedAt)})`,
    variant: 'default',
    color: 'green',
    icon: <IconCircleCheck size={12} color="var(--mantine-color-green-text)" aria-hidden />,
  };
}

export function SyncStatusBadge() {
  const online = useOnline();
  const now = useNow();
  const status = useCall(
    'sync.status',
    {},
    { refetchInterval: (query) => (query.state.data?.running ? WHILE_RUNNING_MS : WHILE_IDLE_MS) },
  );
  const state = badgeState(status.data, online, now);
  const last = status.data?.lastRun;
  const next = status.data?.nextScheduledAt;

  return (
    <Tooltip
      withArrow
      multiline
      events={{ hover: true, focus: true, touch: false }}
      w={260}
      label={
        <Stack gap={2}>
          <Text size="xs">{last ? `Last sync: ${formatDateTime(last.finishedAt)}` : 'No sync yet'}</Text>
          <Text size="xs">{next ? `Next scheduled sync: ${formatDateTime(next)}` : 'No sync is scheduled'}</Text>
          <Text size="xs">Open the Sync view for details.</Text>
        </Stack>
      }
    >
      <Badge
        component={Link}
        href={paths.sync}
        variant={state.variant}
        color={state.color}
        size="lg"
        radius="sm"
        className="mantine-focus-auto"
        leftSection={state.icon}
        aria-label={`Sync status: ${state.description}. Open the Sync view.`}
        style={{ cursor: 'pointer', textTransform: 'none' }}
      >
        {state.label}
      </Badge>
    </Tooltip>
  );
}
