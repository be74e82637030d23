// A paper's revisions on this desk, newest first, and the way into comparing any two: one button
// for the usual question ("what changed since I last read it?"), and a choice of any pair.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DocumentDetail } from '../../../api/types';
import { formatDateTime } from '../../shell/format';
import { paths } from '../../shell/paths';
import type { ReadBeforeOpening } from '../reading/use-read-on-open';
import { BASE_WORDS, defaultComparison, revisionLabel } from './default-comparison';

export function DocumentRevisions({ document: d, before }: { document: DocumentDetail; before: ReadBeforeOpening | null }) {
  // Until the paper is loaded afresh, what was read before is not known: the previous revision then.
  const readBefore = before?.readMark === 'changed' ? before.readRevision : null;
  const usual = defaultComparison(d, readBefore);
  const newestFirst = [...d.revisions].sort((a, b) => b.seq - a.seq);
  return (
    <Stack gap="sm" component="section" aria-labelledby="revisions-heading">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={3} size="h4" id="revisions-heading">
          Revisions
        </Title>
        {usual && (
          <Button
            component={Link}
            href={paths.compare(d.id, usual.from, usual.to)}
            variant="light"
            size="xs"
            leftSection={<IconArrowsDiff size={16} aria-hidden />}
          >
            What changed {BASE_WORDS[usual.base]}
          </Button>
        )}
      </Group>
      <Paper withBorder radius="md">
        <Table verticalSpacing={6} horizontalSpacing="md" aria-labelledby="revisions-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Revision</Table.Th>
              <Table.Th scope="col">Received</Table.Th>
              <Table.Th scope="col">Notes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((r) => (
              <Table.Tr key={r.seq}>
                <Table.Th scope="row" fw={500}>
                  {revisionLabel(r)}
                </Table.Th>
                <Table.Td>{formatDateTime(r.receivedAt)}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {r.seq === d.revision && (
                      <Badge size="sm" variant="light" radius="sm" tt="none">
                        Current
                      </Badge>
                    )}
                    {r.seq === readBefore && (
                      <Badge size="sm" variant="default" radius="sm" tt="none">
                        You last read this
                      </Badge>
                    )}
                    {r.seq === d.lastAnnotatedRevision && (
                      <Badge size="sm" variant="default" radius="sm" tt="none">
                        Annotated
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {usual ? (
        <ChoosePair key={`${usual.from}-${usual.to}`} document={d} from={usual.from} to={usual.to} />
      ) : (
        <Text size="sm" c="dimmed">
          Only one revision so far: when the publisher revises this paper, you can compare the revisions here.
        </Text>
      )}
    </Stack>
  );
}

function ChoosePair({ document: d, from: usualFrom, to: usualTo }: { document: DocumentDetail; from: number; to: number }) {
  const [from, setFrom] = useState(String(usualFrom));
  const [to, setTo] = useState(String(usualTo));
  const options = [...d.revisions].sort((a, b) => a.seq - b.seq).map((r) => ({ value: String(r.seq), label: revisionLabel(r) }));
  return (
    <Group align="flex-end" gap="sm" role="group" aria-label="Compare two revisions">
      <Select label="Compare" data={options} value={from} onChange={(v) => v && setFrom(v)} allowDeselect={false} w={220} />
      <Select label="with" data={options} value={to} onChange={(v) => v && setTo(v)} allowDeselect={false} w={220} />
      <Button component={Link} href={paths.compare(d.id, Number(from), Number(to))} variant="default">
        Compare
      </Button>
    </Group>
  );
}
