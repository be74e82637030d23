// The place on each agenda item where the delegation's national position will go. Positions
// come with a later issue: this placeholder keeps the layout and the item's structure ready, so
// the real editor replaces this one component and nothing around it.
import { Group, Paper, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import type { AgendaItem } from '../../api/types';

export function NationalPositionSlot({ item }: { item: AgendaItem }) {
  return (
    <Paper
      component="section"
      aria-label={`National position on item ${item.number}`}
      px="sm"
      py={8}
      radius="md"
      style={{ border: '1px dashed var(--mantine-color-default-border)' }}
    >
      <Group gap="xs" wrap="wrap">
        <IconFlag size={16} stroke={1.6} aria-hidden />
        <Text size="sm" fw={600}>
          National position
        </Text>
        <Text size="sm" c="dimmed">
          No position yet
        </Text>
      </Group>
    </Paper>
  );
}
