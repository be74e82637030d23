// The files the desk downloads in the background for offline reading: how many are still to
// come and how far the batch is, the file arriving now, the PDFs being read for search, and the
// files that could not be downloaded, grouped by why, each with a "Download now" to try again at
// once and each group with a button to try all of its files again.
// Nothing here waits on a download: the card only reads attachments.status, polled quickly while
// something moves and slowly otherwise (a scheduled sync may start downloads at any time).
import { useState } from 'react';
import { Anchor, Button, Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { AttachmentCopy, DownloadsStatus } from '../../api/types';
import { callApi, useAction, useCall, type DeskCallError } from '../api/hooks';
import { attachmentName, downloadPercent, failureReason, failureSentence } from '../library/attachments/copy-words';
import { formatCount } from '../shell/format';
import { paths } from '../shell/paths';
import { batchPercent, describeExtracting, describeQueue, groupFailures, isBusy } from './downloads-words';
import { notify } from './notify';
import { useNow } from './use-now';

const WHILE_BUSY_MS = 1000;
const WHILE_IDLE_MS = 5000;

export function DownloadsCard() {
  const status = useCall('attachments.status', {}, { retry: false, refetchInterval: (q) => (isBusy(q.state.data) ? WHILE_BUSY_MS : WHILE_IDLE_MS) });
  return (
    <Paper withBorder p="md">
      {status.error ? (
        <Text size="sm" c="dimmed">
          The downloads cannot be shown: {status.error.message}
        </Text>
      ) : !status.data ? (
        <Group gap="xs">
          <Loader size={16} aria-hidden />
          <Text size="sm" c="dimmed">
            Checking the downloads…
          </Text>
        </Group>
      ) : (
        <Downloads status={status.data} />
      )}
    </Paper>
  );
}

function Downloads({ status }: { status: DownloadsStatus }) {
  const queue = describeQueue(status);
  const extracting = describeExtracting(status);
  const percent = batchPercent(status);
  const current = status.current;
  const currentPercent = current ? downloadPercent({ state: 'downloading', ...current, sizeInBytes: null }) : null;

  return (
    <Stack gap="sm">
      {!queue && !extracting && status.failed === 0 && (
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-green-text)" />
          <Text size="sm">No file is waiting to download. Files kept on this device open without a network.</Text>
        </Group>
      )}
      {queue && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {queue}
          </Text>
          <Progress value={percent ?? 100} animated={percent === null} aria-label="All downloads" />
          {current && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              Now: {current.title ?? attachmentName({ title: null, url: current.url })}
              {currentPercent !== null && ` (${currentPercent} %)`}
            </Text>
          )}
        </Stack>
      )}
      {extracting && (
        <Group gap="xs" wrap="nowrap">
          <Loader size={14} aria-hidden />
          <Text size="sm">{extracting}</Text>
        </Group>
      )}
      {status.failed > 0 && <FailedDownloads count={status.failed} />}
    </Stack>
  );
}

function FailedDownloads({ count }: { count: number }) {
  // Every paper's copies are read only when some failed, and again only when that number moves
  // (or after any action): the list can be long, the status is what is polled.
  const list = useQuery<AttachmentCopy[], DeskCallError>({
    queryKey: ['attachments.list', {}, { failed: count }],
    queryFn: () => callApi('attachments.list', {}),
    retry: false,
  });
  const groups = groupFailures(list.data ?? []);
  const now = useNow();
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {count === 1 ? '1 file could not be downloaded' : `${formatCount(count)} files could not be downloaded`}
      </Text>
      {list.error && (
        <Text size="sm" c="dimmed">
          Which ones cannot be shown: {list.error.message}
        </Text>
      )}
      {groups.map((group) =>
        group.length === 1 ? (
          <Stack key={key(group[0]!)} component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Files that could not be downloaded">
            <FailedDownload copy={group[0]!} now={now} />
          </Stack>
        ) : (
          <FailedGroup key={key(group[0]!)} copies={group} now={now} />
        ),
      )}
    </Stack>
  );
}

const key = (copy: AttachmentCopy) => `${copy.documentId} ${copy.url}`;
const RED = { color: 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))' };
/** Files of one group listed before "Show all". */
const FIRST = 5;

/** Several files that failed for the same reason: the reason once, one button for all of them. */
function FailedGroup({ copies, now }: { copies: AttachmentCopy[]; now: Date }) {
  const [all, setAll] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const queryClient = useQueryClient();
  const shown = all ? copies : copies.slice(0, FIRST);
  const retryAll = async () => {
    setRetrying(true);
    let refused = 0;
    for (const copy of copies) {
      await callApi('attachments.download', { documentId: copy.documentId, url: copy.url }).catch(() => refused++);
    }
    await queryClient.invalidateQueries();
    setRetrying(false);
    if (refused > 0) notify({ title: `${refused} of ${copies.length} files could not be queued`, message: 'Try them one by one with "Download now".', failed: true });
  };
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Text size="sm" style={RED}>
          {formatCount(copies.length)} files: {failureReason(copies[0]!, now)}
        </Text>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconDownload size={14} aria-hidden />}
          loading={retrying}
          onClick={() => void retryAll()}
          style={{ flexShrink: 0 }}
        >
          Try these {formatCount(copies.length)} again
        </Button>
      </Group>
      <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Files that could not be downloaded">
        {shown.map((copy) => (
          <FailedDownload key={key(copy)} copy={copy} now={now} grouped />
        ))}
      </Stack>
      {copies.length > FIRST && (
        <Button size="xs" variant="subtle" onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
          {all ? 'Show fewer' : `Show all ${formatCount(copies.length)}`}
        </Button>
      )}
    </Stack>
  );
}

function FailedDownload({ copy, now, grouped = false }: { copy: AttachmentCopy; now: Date; grouped?: boolean }) {
  const download = useAction('attachments.download');
  const name = attachmentName(copy);
  const retry = () =>
    download.mutate(
      { documentId: copy.documentId, url: copy.url },
      { onError: (e) => notify({ title: `${name} could not be queued`, message: e.message, failed: true }) },
    );
  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Stack gap={2} miw={0}>
        <Anchor component={Link} href={paths.document(copy.documentId)} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Anchor>
        {/* In a group the reason is said once, above. */}
        {!grouped && (
          <Text size="sm" style={RED}>
            {failureSentence(copy, now)}
          </Text>
        )}
      </Stack>
      <Button
        size="xs"
        variant={grouped ? 'subtle' : 'light'}
        leftSection={<IconDownload size={14} aria-hidden />}
        loading={download.isPending}
        onClick={retry}
        aria-label={`Download now: ${name}`}
        style={{ flexShrink: 0 }}
      >
        Download now
      </Button>
    </Group>
  );
}
