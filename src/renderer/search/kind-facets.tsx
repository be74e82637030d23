// Narrow the results to one kind, with how many of each the search found (all of them, not only
// those shown). Kinds with nothing
// found are left out: seven chips, most of them empty, would crowd out the results.
import { Chip, Group, Text } from '@mantine/core';
import type { SearchKind } from '../../api/types';
import { HIT_KINDS, KIND_ORDER } from './hit-kinds';
import { formatCount } from '../shell/format';

export function KindFacets({
  counts,
  total,
  value,
  onChange,
}: {
  counts: Partial<Record<SearchKind, number>>;
  total: number;
  value: SearchKind | null;
  onChange: (kind: SearchKind | null) => void;
}) {
  const count = (n: number) => (
    <Text span size="xs" fw={600} c="dimmed" ml={6}>
      {formatCount(n)}
    </Text>
  );
  return (
    <Chip.Group value={value ?? 'all'} onChange={(v) => onChange(v === 'all' ? null : (v as SearchKind))}>
      <Group gap="xs" role="radiogroup" aria-label="Kind of result">
        <Chip value="all" size="sm" variant="outline">
          All{count(total)}
        </Chip>
        {KIND_ORDER.filter((kind) => (counts[kind] ?? 0) > 0 || kind === value).map((kind) => (
          <Chip key={kind} value={kind} size="sm" variant="outline">
            {HIT_KINDS[kind].plural}
            {count(counts[kind] ?? 0)}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
