// How a sync went, as a small label. A dot carries the colour and the words stay in the text
// colour: Mantine's pale green and orange labels are too faint to read in the light scheme.
import { Badge, Tooltip } from '@mantine/core';
import { outcomeOf, capitalise } from './sync-words';

export function OutcomeBadge({ outcome }: { outcome: string }) {
  const known = outcomeOf(outcome);
  const badge = (
    <Badge variant="dot" color={known?.color ?? 'gray'} size="sm" style={{ flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }}>
      {known?.label ?? capitalise(outcome)}
    </Badge>
  );
  return known ? (
    <Tooltip label={known.meaning} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
