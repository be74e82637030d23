// What an import does (or would do, in the preview): per kind of record, how many are added,
// updated and left as they are; what changes, by name; and what waits for a paper or agenda item
// this desk does not have yet.
import { Badge, Group, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { PackImportReport } from '../../api/types';
import { plural, RECORD_NOUNS, TYPES, waitingLines } from '../../packs/report-words';

const OUTCOME_COLORS = { added: 'green', updated: 'blue' } as const;
/** A long list is cut here: the counts above it stay exact. */
const SHOWN = 200;

/** A list that may scroll is reachable from the keyboard, so it can be scrolled without a mouse. */
function scrollable(label: string) {
  return { tabIndex: 0, role: 'region', 'aria-label': label };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ImportReportView({ report }: { report: PackImportReport }) {
  const changed = report.changes.filter((c) => c.outcome !== 'left');
  const waiting = waitingLines(report);
  const history = plural(report.versionsAdded, ['saved state', 'saved states']);

  return (
    <Stack gap="md">
      <Table withTableBorder verticalSpacing={6} aria-label="What the import does, by kind of record">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col" ta="right">Added</Table.Th>
            <Table.Th scope="col" ta="right">Updated</Table.Th>
            <Table.Th scope="col" ta="right">Left as they are</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {TYPES.map((type) => (
            <Table.Tr key={type}>
              <Table.Th scope="row" fw={500}>
                {capitalise(RECORD_NOUNS[type][1])}
              </Table.Th>
              <Table.Td ta="right">{report.byType[type].added}</Table.Td>
              <Table.Td ta="right">{report.byType[type].updated}</Table.Td>
              <Table.Td ta="right">{report.byType[type].left}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">
        {report.applied ? `${capitalise(history)} added to the history.` : `${capitalise(history)} will be added to the history.`}{' '}
        Where both sides changed a record, the later edit wins and the other is kept in its history.
      </Text>

      {changed.length > 0 && (
        <Stack gap={6}>
          <Title order={3} size="h5">
            {report.applied ? 'What changed' : 'What changes'} ({changed.length})
          </Title>
          <ScrollArea.Autosize mah={200} type="auto" offsetScrollbars viewportProps={scrollable('What changes, scrollable')}>
            <List spacing={4} size="sm" listStyleType="none" aria-label={report.applied ? 'What changed' : 'What changes'}>
              {changed.slice(0, SHOWN).map((c) => (
                <List.Item key={`${c.type}:${c.id}`}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge size="sm" variant="dot" color={OUTCOME_COLORS[c.outcome as 'added' | 'updated']} w={88} style={{ flexShrink: 0 }}>
                      {c.outcome}
                    </Badge>
                    <Text size="sm">{c.label}</Text>
                  </Group>
                </List.Item>
              ))}
              {changed.length > SHOWN && <List.Item c="dimmed">… and {changed.length - SHOWN} more</List.Item>}
            </List>
          </ScrollArea.Autosize>
        </Stack>
      )}

      {waiting.length > 0 && (
        <Stack gap={6}>
          <Title order={3} size="h5">
            Waiting for papers or agenda items not on this desk ({waiting.length})
          </Title>
          <Text size="sm" c="dimmed">
            They are imported, and shown as unavailable until a sync brings what they refer to.
          </Text>
          <ScrollArea.Autosize mah={160} type="auto" offsetScrollbars viewportProps={scrollable('Waiting records, scrollable')}>
            <List spacing={4} size="sm" aria-label="Waiting records">
              {waiting.slice(0, SHOWN).map((line, i) => (
                <List.Item key={i}>{line}</List.Item>
              ))}
              {waiting.length > SHOWN && <List.Item c="dimmed">… and {waiting.length - SHOWN} more</List.Item>}
            </List>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Stack>
  );
}
