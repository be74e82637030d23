// Positions carry over: in the editor of a position, the delegate's positions on earlier meetings'
// items that discussed some of the same papers (src/meetings/carry-over.ts), the latest first, each
// with its line to take and "Start from this". Nothing shows when there are none.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import type { EarlierPosition } from '../../api/types';
import { useCall } from '../api/hooks';
import { formatDate } from '../shell/format';
import { PositionStatusBadge } from './position-status-badge';

export function EarlierPositions({ agendaItemId, onStartFrom }: { agendaItemId: string; onStartFrom: (earlier: EarlierPosition) => void }) {
  const earlier = useCall('positions.earlier', { agendaItemId });
  if (!earlier.data || earlier.data.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`earlier-${agendaItemId}`}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id={`earlier-${agendaItemId}`}>
            Your earlier positions on the same papers
          </Title>
          <Text size="xs" c="dimmed">
            Start from one: its line to take, speaking points, red lines, fallback and background come into this position, unsaved.
          </Text>
        </div>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {earlier.data.map((e) => (
            <li key={e.agendaItemId}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {e.number} {e.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {e.meetingTitle} · {formatDate(e.meetingStartsAt)} · {e.sharedPapers === 1 ? 'one paper' : `${e.sharedPapers} papers`} in common
                  </Text>
                  {e.position.lineToTake && (
                    <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                      {e.position.lineToTake}
                    </Text>
                  )}
                </Stack>
                <Stack gap={6} align="flex-end" style={{ flexShrink: 0 }}>
                  <PositionStatusBadge status={e.position.status} size="sm" />
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconCopy size={14} aria-hidden />}
                    aria-label={`Start from the position on item ${e.number} of ${e.meetingTitle}`}
                    onClick={() => onStartFrom(e)}
                  >
                    Start from this
                  </Button>
                </Stack>
              </Group>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
