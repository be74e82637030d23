// The delegation's position on one agenda item, as the agenda shows it: the status, the first
// lines of the line to take, who owns it in the capital and when it is due. The editor and the
// history open in a drawer beside the agenda, so a delegate preparing forty items moves from
// one to the next without losing their place.
import { useRef, useState } from 'react';
import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconFlag, IconHistory, IconPencil } from '@tabler/icons-react';
import type { AgendaItem } from '../../api/types';
import { DueDate } from '../positions/due-date';
import { PositionEditor } from '../positions/position-editor';
import { PositionHistory } from '../positions/position-history';
import { PositionStatusBadge } from '../positions/position-status-badge';
import { useItemPosition } from '../positions/use-item-position';

export function NationalPositionSlot({ item }: { item: AgendaItem }) {
  const { data: position, isPending } = useItemPosition(item.meetingId, item.id);
  const [open, setOpen] = useState<'editor' | 'history' | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const status = position?.status ?? item.positionStatus;
  const written = position !== null && position !== undefined;
  const ref = { id: item.id, number: item.number, title: item.title };

  const close = () => {
    setOpen(null);
    // The drawer goes away with its content; the delegate carries on from the item they were on.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <Paper
      component="section"
      aria-label={`National position on item ${item.number}`}
      px="sm"
      py={8}
      radius="md"
      style={{ border: `1px ${written ? 'solid' : 'dashed'} var(--mantine-color-default-border)` }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="nowrap">
            <IconFlag size={16} stroke={1.6} aria-hidden />
            <Text size="sm" fw={600}>
              National position
            </Text>
            <PositionStatusBadge status={status} />
          </Group>
          <Group gap={6} wrap="nowrap">
            {written && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={<IconHistory size={15} aria-hidden />}
                onClick={() => setOpen('history')}
                aria-label={`History of the position on item ${item.number}`}
              >
                History
              </Button>
            )}
            <Button
              ref={editButton}
              size="compact-sm"
              variant="light"
              leftSection={<IconPencil size={15} aria-hidden />}
              onClick={() => setOpen('editor')}
              aria-label={`${written ? 'Edit position' : 'Write position'} on item ${item.number}`}
            >
              {written ? 'Edit position' : 'Write position'}
            </Button>
          </Group>
        </Group>
        {isPending ? (
          <Skeleton height={14} width="60%" aria-hidden />
        ) : (
          written && (
            <>
              {position.lineToTake ? (
                <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
                  {position.lineToTake}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  No line to take yet.
                </Text>
              )}
              {(position.owner || position.dueDate) && (
                <Group gap="md" wrap="wrap">
                  {position.owner && (
                    <Text size="sm">
                      <Text span fw={600}>
                        Owner:
                      </Text>{' '}
                      {position.owner}
                    </Text>
                  )}
                  <DueDate position={position} />
                </Group>
              )}
            </>
          )
        )}
      </Stack>
      {open === 'editor' && <PositionEditor item={ref} onClose={close} />}
      {open === 'history' && <PositionHistory item={ref} onClose={close} />}
    </Paper>
  );
}
