// One item of the agenda: its number, what it is for, who leads it, its papers, the
// delegation's position on it, and the tour de table. An address can point at one item (from
// the positions overview): it is brought into view and takes the focus.
import { useEffect, useRef, useState } from 'react';
import { Badge, Box, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import type { AgendaItem } from '../../api/types';
import { TourDeTableDrawer } from '../tour-de-table/tour-de-table-drawer';
import { humanize } from '../shell/format';
import { AgendaDocuments } from './agenda-documents';
import { ArchivedBadge } from './meeting-badges';
import { purposeColor } from './meeting-labels';
import { NationalPositionSlot } from './national-position-slot';

export function AgendaItemCard({ item, focused = false }: { item: AgendaItem; focused?: boolean }) {
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focused) return;
    card.current?.scrollIntoView({ block: 'start' });
    card.current?.focus({ preventScroll: true });
  }, [focused]);

  return (
    <Card
      ref={card}
      component="li"
      withBorder
      radius="md"
      padding="md"
      id={`item-${item.id}`}
      tabIndex={focused ? -1 : undefined}
      style={{
        ...(item.archived ? { borderStyle: 'dashed' } : {}),
        ...(focused ? { borderColor: 'var(--mantine-primary-color-filled)', scrollMarginTop: 72 } : {}),
      }}
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
          <TourDeTableButton item={item} />
        </Stack>
      </Group>
    </Card>
  );
}

function TourDeTableButton({ item }: { item: AgendaItem }) {
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <Group>
      <Button
        ref={button}
        size="compact-sm"
        variant="subtle"
        leftSection={<IconMessages size={15} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-label={`Tour de table on item ${item.number}`}
      >
        Tour de table
      </Button>
      {opened && (
        <TourDeTableDrawer
          item={{ id: item.id, number: item.number, title: item.title }}
          onClose={() => {
            setOpened(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </Group>
  );
}
