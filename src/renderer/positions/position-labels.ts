// The words, colours and icons of a position's status, and when a position is late, in one place
// so the agenda card, the editor, the history and the overview say the same thing.
import type { MantineColor } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconPencil, IconUsersGroup, type Icon } from '@tabler/icons-react';
import type { PositionStatus } from '../../api/types';

interface StatusLook {
  label: string;
  color: MantineColor;
  icon: Icon;
}

// Four hues far apart (grey, orange, blue, green: the way from nothing to agreed), each with
// its own icon and word so the colour is never the only cue.
export const POSITION_STATUS_LOOK: Record<PositionStatus, StatusLook> = {
  none: { label: 'No position', color: 'gray', icon: IconCircleDashed },
  draft: { label: 'Draft', color: 'orange', icon: IconPencil },
  in_coordination: { label: 'In coordination', color: 'blue', icon: IconUsersGroup },
  approved: { label: 'Approved', color: 'green', icon: IconCircleCheck },
};

/** In the order a position moves through them. */
export const POSITION_STATUS_ORDER: PositionStatus[] = ['none', 'draft', 'in_coordination', 'approved'];

export const positionStatusLabel = (status: PositionStatus): string => POSITION_STATUS_LOOK[status].label;

/** Today as YYYY-MM-DD in the delegate's own time zone: a due date is a day on their calendar. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A position is late when its due day has passed and the capital has not approved it yet; an
 * approved position is done whatever its date said.
 */
export function isOverdue(position: { status: PositionStatus; dueDate: string | null }, today: string = localDay()): boolean {
  return position.dueDate !== null && position.status !== 'approved' && position.dueDate < today;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * A due day (YYYY-MM-DD) as "3 Feb 2027". Read as a day on the local calendar: parsing it as a
 * date would take it for midnight UTC and show the day before west of Greenwich.
 */
export function formatDueDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return dayFormat.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
