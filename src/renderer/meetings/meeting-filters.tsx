// The controls above the meeting list. The choice is kept for the session (shell/kept-choice.ts),
// so coming back from a meeting page finds the list as the delegate left it.
import { Group, MultiSelect, SegmentedControl, Switch } from '@mantine/core';
import { useKeptChoice } from '../shell/kept-choice';
import { formatCount } from '../shell/format';
import { MEETING_KINDS, MEETING_STATUSES } from './meeting-labels';
import { NO_FILTER, type MeetingFilter, type MeetingTense } from './meeting-filter';

export function useMeetingFilter() {
  return useKeptChoice<MeetingFilter>('delegate-desk:meetings-filter', NO_FILTER);
}

export function MeetingFilters({
  filter,
  onChange,
  counts,
}: {
  filter: MeetingFilter;
  onChange: (next: MeetingFilter) => void;
  counts: Record<MeetingTense, number>;
}) {
  const set = (patch: Partial<MeetingFilter>) => onChange({ ...filter, ...patch });
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <SegmentedControl
        aria-label="Upcoming or past meetings"
        value={filter.tense}
        onChange={(tense) => set({ tense: tense as MeetingTense })}
        data={[
          { value: 'upcoming', label: `Upcoming (${formatCount(counts.upcoming)})` },
          { value: 'past', label: `Past (${formatCount(counts.past)})` },
        ]}
      />
      <MultiSelect
        label="Kind"
        placeholder={filter.kinds.length ? undefined : 'All kinds'}
        data={MEETING_KINDS}
        value={filter.kinds}
        onChange={(kinds) => set({ kinds })}
        clearable
        w={260}
      />
      <MultiSelect
        label="Status"
        placeholder={filter.statuses.length ? undefined : 'All statuses'}
        data={MEETING_STATUSES}
        value={filter.statuses}
        onChange={(statuses) => set({ statuses })}
        clearable
        w={260}
      />
      <Switch
        label="Show archived"
        checked={filter.includeArchived}
        onChange={(event) => set({ includeArchived: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
