// The sample feed helps a newcomer see a working desk; a delegate with real feeds removes it in
// one step. The modal says what happens to anything they annotated: archived, never lost.
import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useAction } from '../api/hooks';
import { notify } from '../sync/notify';
import { capitalise, summariseCounts } from '../sync/sync-words';
import { ConfirmActions } from '../shell/confirm-actions';

export function RemoveSample() {
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useAction('sample.remove');
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      const counts = await remove.mutateAsync({});
      const changes = summariseCounts(counts);
      notify({ title: 'Sample data removed', message: changes ? `${capitalise(changes)}.` : 'There was nothing left to remove.' });
      close();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">
        This device holds the sample feed: real Group publications and two sample meetings, there to show how the desk
        works. Remove it once your own feeds are in.
      </Text>
      <Button variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={open}>
        Remove sample data
      </Button>

      <Modal
        opened={opened}
        onClose={close}
        title="Remove the sample data?"
        centered
        closeButtonProps={{ 'aria-label': 'Cancel and close' }}
      >
        <Stack gap="md">
          <Text size="sm">
            The sample feed and its papers, meetings and contacts are taken off this device. Anything you annotated or
            wrote a note or position on is archived, not lost: it is hidden from the usual lists, and your notes stay
            with it.
          </Text>
          <ConfirmActions
            error={error}
            confirmLabel="Remove sample data"
            pending={remove.isPending}
            onCancel={close}
            onConfirm={() => void confirm()}
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
