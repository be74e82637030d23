// How ready the delegate can be for a meeting. For now that is its papers: how many are
// published and how many the agenda names but nobody has published yet. The national positions
// join here in a later issue ("3 of 6 items have a position"), beside the papers.
import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconFileOff, IconFileText } from '@tabler/icons-react';
import type { MeetingPreparation } from '../../api/types';

export function Preparation({ preparation }: { preparation: MeetingPreparation }) {
  const { documents: ready, unavailableDocuments: unavailable } = preparation;
  const total = ready + unavailable;
  return (
    <Stack gap={6} component="section" aria-label={`Preparation for ${preparation.meeting.title}`}>
      <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        Preparation
      </Text>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          No papers linked to the agenda yet.
        </Text>
      ) : (
        <>
          <Group gap="lg" wrap="wrap">
            <Group gap={6} wrap="nowrap">
              <IconFileText size={16} stroke={1.6} aria-hidden color="var(--mantine-color-teal-filled)" />
              <Text size="sm">{ready === 1 ? '1 paper ready' : `${ready} papers ready`}</Text>
            </Group>
            {unavailable > 0 && (
              <Group gap={6} wrap="nowrap">
                <IconFileOff size={16} stroke={1.6} aria-hidden color="var(--mantine-color-orange-filled)" />
                <Text size="sm">{unavailable} not published yet</Text>
              </Group>
            )}
          </Group>
          <Progress.Root size="sm" aria-hidden>
            <Progress.Section value={(ready / total) * 100} color="teal" />
            <Progress.Section value={(unavailable / total) * 100} color="orange" style={{ opacity: 0.45 }} />
          </Progress.Root>
        </>
      )}
    </Stack>
  );
}
