// The papers linked to an agenda item. A paper the agenda names but the feed has not published
// yet is listed too, greyed and not a link: the delegate knows it is coming.
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconFileOff, IconFileText } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { AgendaItem } from '../../api/types';
import { paths } from '../shell/paths';
import { ReadMarkBadge } from '../library/reading/read-mark-badge';

export function AgendaDocuments({ item }: { item: AgendaItem }) {
  if (item.documents.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }} id={`papers-${item.id}`}>
        Papers
      </Text>
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={`papers-${item.id}`}>
        {item.documents.map((doc) => (
          <Group component="li" key={doc.id} gap={8} wrap="nowrap" align="flex-start">
            {doc.available ? (
              <>
                <IconFileText size={18} stroke={1.6} aria-hidden color="var(--mantine-primary-color-filled)" style={{ flexShrink: 0, marginTop: 2 }} />
                <Group gap={8} wrap="wrap" style={{ minWidth: 0 }}>
                  <Anchor component={Link} href={paths.document(doc.id)} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {doc.title ?? doc.id}
                  </Anchor>
                  <ReadMarkBadge mark={doc.readMark} short />
                </Group>
              </>
            ) : (
              <>
                <IconFileOff size={18} stroke={1.6} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 2 }} />
                <Group gap={8} wrap="wrap" style={{ minWidth: 0 }}>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {doc.title ?? doc.id}
                  </Text>
                  <Badge size="sm" variant="default">
                    Not published yet
                  </Badge>
                </Group>
              </>
            )}
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
