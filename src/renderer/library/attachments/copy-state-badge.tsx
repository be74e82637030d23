// The one badge that says whether a file is on this device: the same words on a paper and in
// the Sync view.
import { Badge } from '@mantine/core';
import type { AttachmentCopy } from '../../../api/types';
import { readableInk } from '../readable-ink';
import { copyBadge } from './copy-words';

export function CopyStateBadge({ copy }: { copy: Pick<AttachmentCopy, 'state' | 'bytesReceived' | 'bytesTotal' | 'sizeInBytes'> }) {
  const { label, color } = copyBadge(copy);
  return (
    <Badge variant="light" radius="sm" tt="none" color={color} style={{ ...readableInk(color), flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
