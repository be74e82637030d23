// Whether the delegate has read a paper, where papers are listed: "Unread" for a paper never
// opened, "Changed since you read it" for one a sync revised after it was read; nothing for a
// paper read as it is. In words, not only a colour or a dot.
import { Badge, VisuallyHidden, type BadgeProps } from '@mantine/core';
import { IconRefreshDot } from '@tabler/icons-react';
import type { ReadMark } from '../../../api/types';
import { readableInk } from '../readable-ink';

const WORDS = { unread: 'Unread', changed: 'Changed since you read it' } as const;
/** Where a row has little room. */
const SHORT = { unread: 'Unread', changed: 'Changed since read' } as const;

export function ReadMarkBadge({
  mark,
  short = false,
  size = 'sm',
  style,
}: {
  mark: ReadMark | null;
  short?: boolean;
  size?: BadgeProps['size'];
  style?: BadgeProps['style'];
}) {
  if (mark === null || mark === 'read') return null;
  const words = (short ? SHORT : WORDS)[mark];
  if (mark === 'unread') {
    return (
      <Badge variant="dot" color="blue" size={size} radius="sm" tt="none" fw={600} style={style}>
        {words}
      </Badge>
    );
  }
  return (
    <Badge
      variant="light"
      color="orange"
      size={size}
      radius="sm"
      tt="none"
      leftSection={<IconRefreshDot size={12} aria-hidden />}
      style={{ ...readableInk('orange'), ...(style as object) }}
    >
      {words}
    </Badge>
  );
}

/**
 * Where a list shows many papers at once (the library), "Unread" on every new row would drown the
 * rest: a dot before the title says it, as in a mail box, and the words are kept for screen
 * readers (the dot's text is visually hidden, not missing).
 */
export function UnreadDot({ mark, id }: { mark: ReadMark; id?: string }) {
  if (mark !== 'unread') return null;
  return (
    <span
      id={id}
      title="Not opened yet"
      style={{
        flexShrink: 0,
        width: 8,
        height: 8,
        borderRadius: '50%',
        background: 'var(--mantine-color-blue-filled)',
        position: 'relative',
      }}
    >
      <VisuallyHidden>Unread.</VisuallyHidden>
    </span>
  );
}
