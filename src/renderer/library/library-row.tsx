// One paper in the library list: a link of fixed height (the list is virtualized and places rows
// by arithmetic), so nothing in it may wrap. Long titles are cut with an ellipsis and given whole
// in the title attribute.
import { memo, useId } from 'react';
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'wouter';
import type { DocumentSummary } from '../../api/types';
import { formatDate } from '../shell/format';
import { paths } from '../shell/paths';
import { readableInk } from './readable-ink';
import { DocumentTypeBadge } from './document-type-badge';
import { ReadMarkBadge, UnreadDot } from './reading/read-mark-badge';

export const ROW_HEIGHT = 68;
const TAGS_SHOWN = 3;

function dateLine(d: DocumentSummary): { label: string; full: string } | null {
  if (d.dateModified) return { label: formatDate(d.dateModified), full: `Modified ${formatDate(d.dateModified)}` };
  if (d.datePublished) return { label: formatDate(d.datePublished), full: `Published ${formatDate(d.datePublished)}` };
  return null;
}

// Memoized: scrolling re-renders the list at every step, but a row already in view has nothing new
// to draw, so only the rows entering the window render.
export const LibraryRow = memo(function LibraryRow({ document: d }: { document: DocumentSummary }) {
  const date = dateLine(d);
  const hidden = d.tags.length - TAGS_SHOWN;
  const id = useId();
  // Named by the title alone, described by the rest: a screen reader hears the title first, and
  // the row can be found by its title.
  return (
    <UnstyledButton
      component={Link}
      href={paths.document(d.id)}
      className="dd-library-row"
      h={ROW_HEIGHT}
      aria-labelledby={`${id}-title`}
      aria-describedby={[d.readMark === 'unread' && `${id}-read`, date && `${id}-date`, `${id}-meta`].filter(Boolean).join(' ')}
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <UnreadDot mark={d.readMark} id={`${id}-read`} />
          <Text id={`${id}-title`} fw={600} truncate="end" title={d.title}>
            {d.title}
          </Text>
        </Group>
        {date && (
          <Text id={`${id}-date`} size="sm" c="dimmed" style={{ flexShrink: 0 }} title={date.full}>
            {date.label}
          </Text>
        )}
      </Group>
      <Group id={`${id}-meta`} gap={8} wrap="nowrap" mt={6} className="dd-library-row-meta">
        <DocumentTypeBadge type={d.type} size="sm" style={{ flexShrink: 0 }} />
        {d.readMark === 'changed' && <ReadMarkBadge mark="changed" style={{ flexShrink: 0 }} />}
        {d.archived && (
          <Badge size="sm" color="red" variant="light" radius="sm" tt="none" style={{ ...readableInk('red'), flexShrink: 0 }}>
            Archived
          </Badge>
        )}
        {d.reference && (
          <Text size="sm" c="dimmed" style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
            {d.reference}
          </Text>
        )}
        {d.revision > 1 && (
          <Text size="sm" c="dimmed" style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
            Revision {d.revision}
          </Text>
        )}
        {d.tags.slice(0, TAGS_SHOWN).map((tag) => (
          <Badge key={tag} size="sm" variant="default" radius="sm" tt="none" fw={500} style={{ flexShrink: 0 }}>
            {tag}
          </Badge>
        ))}
        {hidden > 0 && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} title={d.tags.slice(TAGS_SHOWN).join(', ')}>
            +{hidden} more
          </Text>
        )}
      </Group>
    </UnstyledButton>
  );
});
