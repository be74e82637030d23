// Stopping a feed is safe (its papers and the delegate's notes stay), and the modal says so
// before asking, so nobody hesitates for the wrong reason or removes in a hurry.
import { Code, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Feed } from '../../api/types';
import { useAction } from '../api/hooks';
import { feedAddress, feedName } from './feed-name';
import { notify } from './notify';
import { ConfirmActions } from '../shell/confirm-actions';

export function RemoveFeedModal({ feed, onClose }: { feed: Feed | null; onClose: () => void }) {
  const remove = useAction('feeds.remove');
  const [error, setError] = useState<string | null>(null);
  // Keeps the feed's words on screen while the modal fades out after `feed` went back to null.
  const [shown, setShown] = useState(feed);
  if (feed && feed !== shown) setShown(feed);

  function close() {
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!feed) return;
    try {
      await remove.mutateAsync({ id: feed.id });
      notify({ title: 'Feed removed', message: `You no longer follow ${feedName(feed)}. Its papers and your notes stay.` });
      close();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <Modal
      opened={feed !== null}
      onClose={close}
      title="Stop following this feed?"
      centered
      closeButtonProps={{ 'aria-label': 'Cancel and close' }}
    >
      {shown && (
        <Stack gap="md">
          <Text size="sm">Its papers and your notes stay. Delegate Desk simply stops asking it for updates.</Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {feedAddress(shown)}
          </Code>
          <ConfirmActions
            error={error}
            confirmLabel="Stop following"
            pending={remove.isPending}
            onCancel={close}
            onConfirm={() => void confirm()}
          />
        </Stack>
      )}
    </Modal>
  );
}
