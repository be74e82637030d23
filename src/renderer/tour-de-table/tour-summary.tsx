// Who is close to the national position and who is opposed, from the core's summary. The
// national position is the delegation's own statement in the same tour; without it (or without
// a delegation country in the settings) the summary says what is missing.
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { TourDeTable } from '../../api/types';
import { paths } from '../shell/paths';
import { speakerName } from './speakers';
import { stanceLabel } from './stances';

function Names({ title, ids, none }: { title: string; ids: string[]; none: string }) {
  return (
    <Stack gap={2} component="section" aria-label={title}>
      <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {title} ({ids.length})
      </Text>
      <Text size="sm" c={ids.length ? undefined : 'dimmed'}>
        {ids.length ? ids.map(speakerName).join(', ') : none}
      </Text>
    </Stack>
  );
}

export function TourSummary({ table }: { table: TourDeTable }) {
  const { ownSpeaker, summary, statements } = table;
  return (
    <Paper withBorder p="sm" radius="md" aria-label="Summary of the tour de table" component="section">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {ownSpeaker && summary.ownStance
              ? `National line (${speakerName(ownSpeaker)}): ${stanceLabel(summary.ownStance)}`
              : 'Summary'}
          </Text>
          <Text size="sm" c="dimmed">
            {statements.length === 1 ? '1 speaker recorded' : `${statements.length} speakers recorded`}
          </Text>
        </Group>
        {!ownSpeaker ? (
          <Text size="sm">
            To see who is close to your position, set your delegation&apos;s country in{' '}
            <Anchor component={Link} href={paths.settings}>
              Settings
            </Anchor>
            .
          </Text>
        ) : !summary.ownStance ? (
          <Text size="sm">
            Record {speakerName(ownSpeaker)}&apos;s own stance (the first row) to see who is close to it and who is opposed.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Names title="Close to our position" ids={summary.close} none="Nobody yet" />
            <Names title="Opposed" ids={summary.opposed} none="Nobody" />
            <Names title="Others" ids={summary.other} none="Nobody" />
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
