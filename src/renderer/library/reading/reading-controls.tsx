// The paper's read mark beside its badges, and the hand control to change it: a delegate who
// opened a paper only to glance at it marks it unread again, to come back to it.
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail, IconMailOpened } from '@tabler/icons-react';
import type { DocumentDetail } from '../../../api/types';
import { useAction } from '../../api/hooks';
import { ReadMarkBadge } from './read-mark-badge';

export function ReadingControls({ document: d }: { document: DocumentDetail }) {
  const markRead = useAction('documents.markRead');
  const read = d.readMark === 'read';
  const toggle = () =>
    markRead.mutate(
      { id: d.id, read: !read },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'The read mark could not be changed', message: error.message }),
      },
    );
  return (
    <>
      <ReadMarkBadge mark={d.readMark} />
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={read ? <IconMail size={16} aria-hidden /> : <IconMailOpened size={16} aria-hidden />}
        loading={markRead.isPending}
        onClick={toggle}
      >
        {read ? 'Mark as unread' : 'Mark as read'}
      </Button>
    </>
  );
}
