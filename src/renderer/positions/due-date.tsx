// A position's due date, and "overdue" in words and with an icon when it has passed unapproved.
import { Group, Text } from '@mantine/core';
import { IconCalendarDue, IconClockExclamation } from '@tabler/icons-react';
import type { PositionStatus } from '../../api/types';
import { formatDueDate, isOverdue } from './position-labels';

/** Mantine's own red text is too faint on white for small type (WCAG AA); these shades are not. */
export const OVERDUE_INK = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))';

export function DueDate({ position }: { position: { status: PositionStatus; dueDate: string | null } }) {
  if (!position.dueDate) return null;
  const overdue = isOverdue(position);
  const Icon = overdue ? IconClockExclamation : IconCalendarDue;
  return (
    <Group gap={4} wrap="nowrap" style={overdue ? { color: OVERDUE_INK } : undefined}>
      <Icon size={15} stroke={1.8} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" fw={overdue ? 700 : undefined} style={overdue ? { color: OVERDUE_INK } : undefined} span>
        {overdue ? `Overdue: due ${formatDueDate(position.dueDate)}` : `Due ${formatDueDate(position.dueDate)}`}
      </Text>
    </Group>
  );
}
