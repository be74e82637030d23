// One item of the agenda: its number, what it is for, who leads it, its papers, and the
// delegation's position on it.
import { Badge, Box, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { AgendaItem } from '../../api/types';
import { humanize } from '../shell/format';
import { AgendaDocuments } from './agenda-documents';
import { ArchivedBadge } from './meeting-badges';
import { purposeColor } from './meeting-labels';
import { NationalPositionSlot } from './national-position-slot';

export function AgendaItemCard({ item }: { item: AgendaItem }) {
  return (
    <Card
      component="li"
      withBorder
      radius="md"
      padding="md"
      id={`item-${item.id}`}
      style={item.archived ? { borderStyle: 'dashed' } : undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Box
          aria-hidden
          miw={44}
          px={6}
          py={4}
          ta="center"
          fw={700}
          fz="sm"
          style={{ borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-default-hover)', fontVariantNumeric: 'tabular-nums' }}
        >
          {item.number}
        </Box>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
              <VisuallyHidden>Item {item.number}: </VisuallyHidden>
              {item.title}
            </Title>
            <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
              {item.archived && <ArchivedBadge />}
              <Badge variant="light" color={purposeColor(item.purpose)}>
                {humanize(item.purpose)}
              </Badge>
            </Group>
          </Group>
          {item.archived && (
            <Text size="sm" c="dimmed">
              Withdrawn from the agenda by the publisher; kept because your own notes refer to it.
            </Text>
          )}
          {item.lead && (
            <Text size="sm">
              <Text span fw={600}>
                Lead:
              </Text>{' '}
              {item.lead}
            </Text>
          )}
          {item.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {item.description}
            </Text>
          )}
          <AgendaDocuments item={item} />
          <NationalPositionSlot item={item} />
        </Stack>
      </Group>
    </Card>
  );
}
