// Every national position across meetings, to see at a glance what is still a draft, what waits
// for the capital and what is late. Filtered by status and by meeting.
import { useMemo } from 'react';
import { Button, Chip, Group, Input, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { MeetingSummary, PositionOverviewRow, PositionStatus } from '../../api/types';
import { useCall } from '../api/hooks';
import { paths } from '../shell/paths';
import { useKeptChoice } from '../shell/kept-choice';
import { EmptyState, QueryView } from '../shell/states';
import { countByStatus, filterPositions, inWorkingOrder, isFilteringPositions, NO_POSITION_FILTER, type PositionFilter } from './filter-positions';
import { POSITION_STATUS_LOOK, POSITION_STATUS_ORDER } from './position-labels';
import { PositionsTable } from './positions-table';

export function PositionsView() {
  const positions = useCall('positions.list', {});
  const meetings = useCall('meetings.list', { includeArchived: true });
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Positions</Title>
        <Text c="dimmed" size="sm">
          The delegation&apos;s position on every agenda item you prepared, across meetings.
        </Text>
      </div>
      <QueryView query={positions} loading="Loading positions…">
        {(rows) => <PositionsOverview rows={rows} meetings={meetings.data ?? []} />}
      </QueryView>
    </Stack>
  );
}

function PositionsOverview({ rows, meetings }: { rows: PositionOverviewRow[]; meetings: MeetingSummary[] }) {
  // Kept for the session: coming back from a meeting opened here finds the same positions.
  const [filter, setFilter] = useKeptChoice<PositionFilter>('delegate-desk:positions-filter', NO_POSITION_FILTER, (read) => ({
    ...read,
    statuses: Array.isArray(read.statuses) ? read.statuses : [],
  }));
  const shown = useMemo(() => filterPositions(inWorkingOrder(rows), filter), [rows, filter]);
  const counts = useMemo(() => countByStatus(rows, filter.meetingId), [rows, filter.meetingId]);
  // Only meetings that have positions: choosing any other would show nothing.
  const meetingOptions = useMemo(() => {
    const withPositions = new Set(rows.map((row) => row.meeting?.id).filter(Boolean));
    return meetings.filter((m) => withPositions.has(m.id)).map((m) => ({ value: m.id, label: m.title }));
  }, [rows, meetings]);

  if (rows.length === 0) {
    return (
      <EmptyState
        title="No positions yet"
        action={
          <Button component={Link} href={paths.meetings} variant="light">
            Go to Meetings
          </Button>
        }
      >
        A position is the delegation&apos;s line on one agenda item: its status, the line to take, the speaking points,
        the red lines. Open a meeting and choose &ldquo;Write position&rdquo; on an item; every position you write is
        gathered here.
      </EmptyState>
    );
  }

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={6}>
          <Input.Label labelElement="div" id="position-status-filter">
            Status
          </Input.Label>
          <Chip.Group
            multiple
            value={filter.statuses}
            onChange={(statuses) => setFilter((f) => ({ ...f, statuses: statuses as PositionStatus[] }))}
          >
            <Group gap={6} role="group" aria-labelledby="position-status-filter">
              {POSITION_STATUS_ORDER.map((status) => (
                <Chip key={status} value={status} size="sm" variant="outline">
                  {POSITION_STATUS_LOOK[status].label} ({counts[status]})
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Select
          label="Meeting"
          placeholder="Every meeting"
          data={meetingOptions}
          value={filter.meetingId}
          onChange={(meetingId) => setFilter((f) => ({ ...f, meetingId }))}
          clearable
          clearButtonProps={{ 'aria-label': 'Show every meeting' }}
          searchable
          w={340}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {shown.length === rows.length
          ? `${rows.length} ${rows.length === 1 ? 'position' : 'positions'}`
          : `${shown.length} of ${rows.length} positions`}
      </Text>
      {shown.length > 0 ? (
        <PositionsTable rows={shown} />
      ) : (
        <EmptyState
          title="No position matches"
          action={
            isFilteringPositions(filter) && (
              <Button variant="light" onClick={() => setFilter(NO_POSITION_FILTER)}>
                Clear filters
              </Button>
            )
          }
        >
          {filter.meetingId ? 'No position on this meeting has the statuses you chose.' : 'No position has the statuses you chose.'}
        </EmptyState>
      )}
    </Stack>
  );
}
