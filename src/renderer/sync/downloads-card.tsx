// The files the desk downloads in the background for offline reading: how many are still to
// come and how far the batch is, the file arriving now, the PDFs being read for search, and each
// file that could not be downloaded, with why and a "Download now" to try again at once.
// Nothing here waits on a download: the card only reads attachments.status, polled quickly while
// something moves and slowly otherwise (a scheduled sync may start downloads at any time).
import { Anchor, Button, Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { AttachmentCopy, DownloadsStatus } from '../../api/types';
import { callApi, useAction, useCall, type DeskCallError } from '../api/hooks';
import { attachmentName, downloadPercent, failureSentence } from '../library/attachments/copy-words';
import { paths } from '../shell/paths';
import { batchPercent, describeExtracting, describeQueue, isBusy } from './downloads-words';
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
  const failed = (list.data ?? []).filter((c) => c.state === 'failed');
  const now = useNow();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {count === 1 ? '1 file could not be downloaded' : `${count} files could not be downloaded`}
      </Text>
      {list.error && (
        <Text size="sm" c="dimmed">
          Which ones cannot be shown: {list.error.message}
        </Text>
      )}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Files that could not be downloaded">
        {failed.map((copy) => (
          <FailedDownload key={`${copy.documentId} ${copy.url}`} copy={copy} now={now} />
        ))}
      </Stack>
    </Stack>
  );
}

function FailedDownload({ copy, now }: { copy: AttachmentCopy; now: Date }) {
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
        <Text size="sm" style={{ color: 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))' }}>
          {failureSentence(copy, now)}
        </Text>
      </Stack>
      <Button
        size="xs"
        variant="light"
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
