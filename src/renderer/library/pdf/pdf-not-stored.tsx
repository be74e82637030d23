// What the reader shows while the PDF is not on this device: where its copy stands, how far a
// download is, why the last one failed, and "Download now" (or why it cannot work offline).
import { useState } from 'react';
import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconWifiOff } from '@tabler/icons-react';
import type { AttachmentCopy } from '../../../api/types';
import { useAction } from '../../api/hooks';
import { useOnline } from '../../shell/online';
import { CopyStateBadge } from '../attachments/copy-state-badge';
import { attachmentName, downloadPercent, failureSentence, isPending } from '../attachments/copy-words';

export function PdfNotStored({ copy }: { copy: AttachmentCopy }) {
  const online = useOnline();
  const download = useAction('attachments.download');
  const [failed, setFailed] = useState<string | null>(null);
  const name = attachmentName(copy);
  const pending = isPending(copy);
  const percent = downloadPercent(copy);
  const failure = failureSentence(copy, new Date());

  const start = () => {
    setFailed(null);
    download.mutate(
      { documentId: copy.documentId, url: copy.url },
      { onError: (error) => setFailed(error.message) },
    );
  };

  return (
    <Card withBorder radius="md" padding="lg" maw={640}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {name} is not on this device
          </Title>
          <CopyStateBadge copy={copy} />
        </Group>
        <Text size="sm">
          {pending
            ? 'It is being downloaded; the reader opens it as soon as it is here.'
            : 'Download it to read and annotate it here, with or without a network afterwards.'}
        </Text>
        {copy.state === 'downloading' && (
          <Progress size="md" value={percent ?? 100} animated={percent === null} aria-label={`Downloading ${name}`} />
        )}
        {failure && (
          <Text size="sm" style={{ color: 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))' }}>
            {failure}
          </Text>
        )}
        {!online && (
          <Alert color="gray" variant="light" icon={<IconWifiOff aria-hidden />} title="You are offline">
            The file can be downloaded once this device has a network again.
          </Alert>
        )}
        {failed && (
          <Alert color="red" variant="light" role="alert" title="The download could not start">
            {failed}
            {!online && ' This device is offline.'}
          </Alert>
        )}
        {!pending && (
          <Group>
            <Button leftSection={<IconDownload size={16} aria-hidden />} loading={download.isPending} onClick={start}>
              Download now
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
