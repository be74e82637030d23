import { Badge } from '@mantine/core';
import { humanize } from '../shell/format';
import { readableInk } from './readable-ink';

const STATUS_COLOURS: Record<string, string> = { published: 'green', draft: 'orange', superseded: 'gray' };

/** Where a paper stands with its publisher: a draft or a superseded paper should not pass for
 *  the text in force. */
export function DocumentStatusBadge({ status }: { status: string }) {
  const colour = STATUS_COLOURS[status] ?? 'gray';
  return (
    <Badge variant="light" radius="sm" tt="none" color={colour} style={readableInk(colour)}>
      {humanize(status)}
    </Badge>
  );
}
