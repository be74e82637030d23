// The day of a meeting as a small calendar leaf: the eye finds dates down a list faster than in
// a line of text. The header is a shade darker than the primary colour, for white text to read.
import { Paper, Text } from '@mantine/core';
import { calendarTile } from './meeting-time';

export function CalendarTile({ startsAt, muted = false }: { startsAt: string; muted?: boolean }) {
  const tile = calendarTile(startsAt);
  if (!tile) return null;
  // The full date is in the text next to the tile; screen readers skip the leaf.
  return (
    <Paper withBorder radius="md" w={64} miw={64} ta="center" style={{ overflow: 'hidden' }} aria-hidden>
      <Text
        size="xs"
        fw={700}
        tt="uppercase"
        py={2}
        bg={muted ? 'var(--mantine-color-default-border)' : 'var(--mantine-primary-color-7)'}
        c={muted ? 'var(--mantine-color-text)' : 'white'}
      >
        {tile.month}
      </Text>
      <Text fz={24} fw={700} lh={1.2} pt={2}>
        {tile.day}
      </Text>
      <Text size="xs" c="dimmed" pb={4}>
        {tile.year}
      </Text>
    </Paper>
  );
}
