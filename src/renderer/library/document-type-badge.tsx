import type { CSSProperties } from 'react';
import { Badge, type BadgeProps } from '@mantine/core';
import { readableInk } from './readable-ink';
import { typeColour, typeLabel } from './document-labels';

/** A paper's type, in its colour. Light variant: readable in both colour schemes. */
type DocumentTypeBadgeProps = { type: string; style?: CSSProperties } & Omit<BadgeProps, 'children' | 'color' | 'style'>;

export function DocumentTypeBadge({ type, style, ...props }: DocumentTypeBadgeProps) {
  const colour = typeColour(type);
  return (
    <Badge variant="light" color={colour} radius="sm" tt="none" style={{ ...readableInk(colour), ...style }} {...props}>
      {typeLabel(type)}
    </Badge>
  );
}
