// The files that come with a paper, and whether each is on this device. A stored PDF opens in
// the app's reader, offline; any file can be downloaded now or have its local copy removed; the
// publisher's link still opens outside the app (the desktop shell hands it to the system
// browser), so the delegate knows it needs a network and leaves the desk.
import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Attachment, AttachmentCopy } from '../../api/types';
import { useAction } from '../api/hooks';
import { notify } from '../sync/notify';
import { useNow } from '../sync/use-now';
import { AttachmentRow } from './attachments/attachment-row';
import { attachmentName } from './attachments/copy-words';
import { RemoveCopyModal } from './attachments/remove-copy-modal';
import { useAttachmentCopies } from './attachments/use-attachment-copies';

export function DocumentAttachments({ documentId, attachments }: { documentId: string; attachments: Attachment[] }) {
  const { copies, error, asked } = useAttachmentCopies(documentId, attachments);
  const download = useAction('attachments.download');
  const [removing, setRemoving] = useState<AttachmentCopy | null>(null);
  const now = useNow();
  if (attachments.length === 0) return null;

  const requestDownload = (copy: AttachmentCopy) => {
    asked(copy.url);
    download.mutate(
      { documentId, url: copy.url },
      {
        onError: (e) => notify({ title: `${attachmentName(copy)} could not be queued`, message: e.message, failed: true }),
      },
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="document-attachments">
      <Title order={3} size="h5" id="document-attachments">
        Attachments
      </Title>
      {error && (
        <Alert variant="light" color="gray" p="xs">
          <Text size="sm">Whether these files are on this device cannot be shown: {error.message}</Text>
        </Alert>
      )}
      <List spacing="sm" listStyleType="none" p={0}>
        {copies.map((copy) => (
          <List.Item key={copy.url} styles={{ itemWrapper: { display: 'block' }, itemLabel: { display: 'block' } }}>
            <AttachmentRow
              copy={copy}
              now={now}
              copiesKnown={!error}
              requesting={download.isPending && download.variables?.url === copy.url}
              onDownload={() => requestDownload(copy)}
              onRemove={() => setRemoving(copy)}
            />
          </List.Item>
        ))}
      </List>
      <RemoveCopyModal copy={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
