// How ready the delegate is for one of the next meetings: the national positions and the papers
// to read (in the meeting page's own words), and the papers the agenda names that nobody has
// published yet.
import { Group, Stack, Text } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import type { MeetingPreparation } from '../../api/types';
import { PreparationFacts } from '../meetings/preparation-summary';

export function Preparation({ preparation }: { preparation: MeetingPreparation }) {
  const { documents: ready, unavailableDocuments: unavailable, state } = preparation;
  return (
    <Stack gap={6} component="section" aria-label={`Preparation for ${preparation.meeting.title}`}>
      <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        Preparation
      </Text>
      <PreparationFacts state={state} papers={ready} />
      {ready + unavailable === 0 && state.items > 0 && (
        <Text size="sm" c="dimmed">
          No papers linked to the agenda yet.
        </Text>
      )}
      {unavailable > 0 && (
        <Group gap={6} wrap="nowrap">
          <IconFileOff size={16} stroke={1.6} aria-hidden color="var(--mantine-color-orange-filled)" />
          <Text size="sm">{unavailable === 1 ? '1 paper not published yet' : `${unavailable} papers not published yet`}</Text>
        </Group>
      )}
    </Stack>
  );
}
