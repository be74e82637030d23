// The meetings in the store, upcoming or past, narrowed by kind and status.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFilterOff, IconRefresh } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useCall } from '../api/hooks';
import { paths } from '../shell/paths';
import { EmptyState, QueryView } from '../shell/states';
import type { MeetingSummary } from '../../api/types';
import { MeetingFilters, useMeetingFilter } from './meeting-filters';
import { isNarrowed, matchesFilter, splitByTense, type MeetingFilter } from './meeting-filter';
import { MeetingListItem } from './meeting-list-item';
import { CalendarExportButton } from './calendar-export-button';
import { useWindowRows } from '../shell/window-rows';

export function MeetingsView() {
  const [filter, setFilter] = useMeetingFilter();
  const query = useCall('meetings.list', { includeArchived: filter.includeArchived }, { placeholderData: (previous) => previous });

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={2}>Meetings</Title>
          <Text c="dimmed" size="sm">
            Plenaries, work streams and other meetings of the Group, from your feeds.
          </Text>
        </div>
        <CalendarExportButton />
      </Group>
      <QueryView query={query} loading="Loading meetings…">
        {(meetings) => <MeetingList meetings={meetings} filter={filter} onFilterChange={setFilter} />}
      </QueryView>
    </Stack>
  );
}

function MeetingList({
  meetings,
  filter,
  onFilterChange,
}: {
  meetings: MeetingSummary[];
  filter: MeetingFilter;
  onFilterChange: (next: MeetingFilter) => void;
}) {
  const now = new Date();
  const byTense = splitByTense(meetings.filter((m) => matchesFilter(m, filter)), now);
  const shown = byTense[filter.tense];
  const counts = { upcoming: byTense.upcoming.length, past: byTense.past.length };

  if (meetings.length === 0 && !filter.includeArchived) {
    return (
      <EmptyState
        title="No meetings yet"
        action={
          <Group gap="sm" justify="center">
            <Button component={Link} href={paths.sync} variant="light" leftSection={<IconRefresh size={16} aria-hidden />}>
              Go to Sync
            </Button>
            {/* Meetings kept for the delegate's own notes are archived: they must stay findable. */}
            <Button variant="subtle" onClick={() => onFilterChange({ ...filter, includeArchived: true })}>
              Show archived meetings
            </Button>
          </Group>
        }
      >
        Meetings and their agendas come from a feed. Add a feed in Sync.
      </EmptyState>
    );
  }

  return (
    <Stack gap="md">
      <MeetingFilters filter={filter} onChange={onFilterChange} counts={counts} />
      {shown.length > 0 ? (
        <MeetingRows meetings={shown} now={now} label={filter.tense === 'upcoming' ? 'Upcoming meetings' : 'Past meetings'} />
      ) : (
        <NothingShown filter={filter} counts={counts} onFilterChange={onFilterChange} />
      )}
    </Stack>
  );
}

// Pixels between two meetings: Mantine's "sm" spacing at the default scale.
const GAP = 12;

/** The meetings shown, only those in view in the page (shell/window-rows.ts): years of past
 *  meetings open as quickly as this month's (1,920 took over three seconds). */
function MeetingRows({ meetings, now, label }: { meetings: MeetingSummary[]; now: Date; label: string }) {
  const { start, rows, before, after, measure } = useWindowRows<HTMLUListElement>({
    count: meetings.length,
    key: (index) => meetings[index]!.id,
    estimate: 110,
    gap: GAP,
  });
  return (
    <ul
      ref={start}
      aria-label={label}
      style={{ listStyle: 'none', margin: 0, padding: 0, paddingTop: before, paddingBottom: after, display: 'flex', flexDirection: 'column', gap: GAP }}
    >
      {rows.map((row) => (
        <MeetingListItem
          key={row.key}
          ref={measure}
          index={row.index}
          setSize={meetings.length}
          meeting={meetings[row.index]!}
          now={now}
        />
      ))}
    </ul>
  );
}

function NothingShown({
  filter,
  counts,
  onFilterChange,
}: {
  filter: MeetingFilter;
  counts: { upcoming: number; past: number };
  onFilterChange: (next: MeetingFilter) => void;
}) {
  const other = filter.tense === 'upcoming' ? 'past' : 'upcoming';
  const title = isNarrowed(filter) ? `No ${filter.tense} meetings match these filters` : `No ${filter.tense} meetings`;
  return (
    <EmptyState
      title={title}
      action={
        <Group gap="sm" justify="center">
          {isNarrowed(filter) && (
            <Button variant="light" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onFilterChange({ ...filter, kinds: [], statuses: [] })}>
              Clear filters
            </Button>
          )}
          {counts[other] > 0 && (
            <Button variant="subtle" onClick={() => onFilterChange({ ...filter, tense: other })}>
              Show {other} meetings ({counts[other]})
            </Button>
          )}
        </Group>
      }
    >
      {isNarrowed(filter)
        ? 'Choose other kinds or statuses, or clear the filters.'
        : filter.tense === 'upcoming'
          ? 'New meetings appear here when a sync brings them.'
          : undefined}
    </EmptyState>
  );
}
