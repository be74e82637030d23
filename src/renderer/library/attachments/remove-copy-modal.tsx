// Removing a local copy frees space and nothing else: the modal says what stays (annotations,
// the text in search) before asking, so nobody keeps a file out of fear of losing their notes.
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AttachmentCopy } from '../../../api/types';
import { useAction } from '../../api/hooks';
import { ConfirmActions } from '../../shell/confirm-actions';
import { notify } from '../../sync/notify';
import { attachmentName } from './copy-words';

export function RemoveCopyModal({ copy, onClose }: { copy: AttachmentCopy | null; onClose: () => void }) {
  const remove = useAction('attachments.remove');
  const [error, setError] = useState<string | null>(null);
  // Keeps the file's name on screen while the modal fades out after `copy` went back to null.
  const [shown, setShown] = useState(copy);
  if (copy && copy !== shown) setShown(copy);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!copy) return;
    try {
      await remove.mutateAsync({ documentId: copy.documentId, url: copy.url });
      notify({ title: 'Local copy removed', message: `${attachmentName(copy)} is no longer on this device. Your annotations stay.` });
      close();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <Modal opened={copy !== null} onClose={close} title="Remove the local copy?" centered closeButtonProps={{ 'aria-label': 'Cancel and close' }}>
      {shown && (
        <Stack gap="md">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {attachmentName(shown)}
          </Text>
          <Text size="sm">
            The file is deleted from this device. Your annotations on it are kept, and search still finds its text. You can
            download it again at any time; no sync fetches it again by itself.
          </Text>
          <ConfirmActions
            error={error}
            confirmLabel="Remove local copy"
            pending={remove.isPending}
            onCancel={close}
            onConfirm={() => void confirm()}
          />
        </Stack>
      )}
    </Modal>
  );
}
