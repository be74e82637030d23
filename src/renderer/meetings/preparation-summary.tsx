// How far the delegate's preparation of a meeting is: items with an approved national position
// (and those still in preparation), and papers not read yet or changed since read. The same
// facts, in the same words, on the meeting page and on the dashboard's next meeting cards.
import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconPointFilled, IconRefreshDot } from '@tabler/icons-react';
import type { MeetingDetail, PreparationState } from '../../api/types';
import { preparationWords } from './preparation-words';

/** Published papers linked to the items still on the agenda, each counted once. */
function papersLinked(meeting: MeetingDetail): number {
  const papers = new Set<string>();
  for (const item of meeting.agenda) {
    if (item.archived) continue;
    for (const doc of item.documents) if (doc.available) papers.add(doc.id);
  }
  return papers.size;
}

export function PreparationFacts({ state, papers }: { state: PreparationState; papers: number }) {
  const words = preparationWords(state, papers);
  return (
    <Stack gap={6}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconCircleCheck size={16} stroke={1.8} aria-hidden color="var(--mantine-color-teal-filled)" style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm">
          {words.positions}
          {words.started && (
            <Text span size="sm" c="dimmed">
              {' '}
              · {words.started}
            </Text>
          )}
        </Text>
      </Group>
      {state.items > 0 && (
        // The words above say it all; the bar is for the eye.
        <Progress.Root size="sm" aria-hidden>
          <Progress.Section value={words.approvedShare} color="teal" />
          <Progress.Section value={words.startedShare} color="teal" style={{ opacity: 0.4 }} />
        </Progress.Root>
      )}
      {(words.unread || words.changed || words.allRead) && (
        <Group gap="md" wrap="wrap">
          {words.unread && (
            <Group gap={4} wrap="nowrap">
              <IconPointFilled size={16} aria-hidden color="var(--mantine-color-blue-filled)" />
              <Text size="sm">{words.unread}</Text>
            </Group>
          )}
          {words.changed && (
            <Group gap={4} wrap="nowrap">
              <IconRefreshDot size={16} aria-hidden color="var(--mantine-color-orange-filled)" />
              <Text size="sm">{words.changed}</Text>
            </Group>
          )}
          {words.allRead && (
            <Text size="sm" c="dimmed">
              {words.allRead}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** The meeting page's summary, above the agenda. */
export function PreparationSummary({ meeting }: { meeting: MeetingDetail }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="preparation-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="preparation-heading">
          Your preparation
        </Title>
        <PreparationFacts state={meeting.preparation} papers={papersLinked(meeting)} />
      </Stack>
    </Paper>
  );
}
