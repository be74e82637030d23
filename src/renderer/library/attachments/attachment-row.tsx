// One file of a paper: what it is, whether it is on this device (and if not, why), and what the
// delegate can do with it: read a stored PDF in the app, download it now, remove the local copy,
// or open the publisher's page outside the app.
import { Anchor, Button, Group, Progress, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconBook, IconDownload, IconExternalLink, IconFileText, IconTrash } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { AttachmentCopy } from '../../../api/types';
import { formatBytes } from '../../shell/format';
import { paths } from '../../shell/paths';
import { fileTypeLabel } from '../document-labels';
import { CopyStateBadge } from './copy-state-badge';
import { attachmentName, downloadPercent, failureSentence, isPending } from './copy-words';
import { isPdf } from './pdf-file';
import { textLine } from './text-words';

interface Props {
  copy: AttachmentCopy;
  now: Date;
  /** Whether the desk can say where the copies stand (false when attachments.list failed). */
  copiesKnown: boolean;
  /** This row's "Download now" is being sent. */
  requesting: boolean;
  onDownload: () => void;
  onRemove: () => void;
}

export function AttachmentRow({ copy, now, copiesKnown, requesting, onDownload, onRemove }: Props) {
  const name = attachmentName(copy);
  const size = copy.sizeInBytes ?? copy.bytesTotal;
  const failure = failureSentence(copy, now);
  const percent = downloadPercent(copy);
  const text = textLine(copy);
  const canDownload = copiesKnown && (copy.state === 'absent' || copy.state === 'removed' || copy.state === 'failed');

  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" color="gray" size="md" aria-hidden>
        <IconFileText size={16} />
      </ThemeIcon>
      <Stack gap={6} miw={0} style={{ flex: 1 }}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Anchor href={copy.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {name}
              <IconExternalLink size={13} aria-hidden style={{ marginLeft: 4, verticalAlign: -1 }} />
              <VisuallyHidden> (the publisher's copy, opens outside the app)</VisuallyHidden>
            </Anchor>
            <Text size="xs" c="dimmed">
              {[fileTypeLabel(copy.mimeType), size !== null ? formatBytes(size) : null, text].filter(Boolean).join(' · ')}
            </Text>
          </div>
          {copiesKnown && <CopyStateBadge copy={copy} />}
        </Group>

        {copy.state === 'downloading' && (
          <Progress
            size="sm"
            value={percent ?? 100}
            // Without a known size the bar only says something is moving.
            animated={percent === null}
            aria-label={`Downloading ${name}`}
          />
        )}
        {failure && (
          <Text size="sm" style={{ color: 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))' }}>
            {failure}
          </Text>
        )}

        {copiesKnown && !isPending(copy) && (
          <Group gap="xs">
            {copy.state === 'stored' && isPdf(copy.mimeType) && (
              <Button
                component={Link}
                href={paths.pdf(copy.documentId, copy.url)}
                size="xs"
                variant="light"
                leftSection={<IconBook size={14} aria-hidden />}
                aria-label={`Read in the app: ${name}`}
              >
                Read in the app
              </Button>
            )}
            {canDownload && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconDownload size={14} aria-hidden />}
                loading={requesting}
                onClick={onDownload}
                aria-label={`Download now: ${name}`}
              >
                Download now
              </Button>
            )}
            {copy.state === 'stored' && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={onRemove}
                aria-label={`Remove local copy: ${name}`}
              >
                Remove local copy
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Group>
  );
}
