// A position's status as a badge: word, icon and colour together, readable (WCAG AA) in light
// and dark.
import { Badge, type BadgeProps } from '@mantine/core';
import type { PositionStatus } from '../../api/types';
import { readableInk } from '../library/readable-ink';
import { POSITION_STATUS_LOOK } from './position-labels';

export function PositionStatusBadge({ status, ...props }: { status: PositionStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const { label, color, icon: Icon } = POSITION_STATUS_LOOK[status];
  return (
    <Badge
      variant={status === 'none' ? 'default' : 'light'}
      color={color}
      tt="none"
      leftSection={<Icon size={12} stroke={2} aria-hidden />}
      style={status === 'none' ? undefined : readableInk(color)}
      {...props}
    >
      {label}
    </Badge>
  );
}
