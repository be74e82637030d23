// The tour de table of one agenda item, to fill during the meeting or just after: every Member
// State (the delegation's own first), the Commission, ENISA, the EEAS and any observer, each
// with a stance and a comment, and the summary of who is close to the national line on top.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Kbd, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import type { Stance, StatementRecord, TourDeTable } from '../../api/types';
import { EscapeDrawer } from '../shell/escape-drawer';
import { QueryView } from '../shell/states';
import { handleGridKey } from './grid-keys';
import { SpeakerRow } from './speaker-row';
import { observerName, speakerName, tourDeTableSpeakers, type Speaker } from './speakers';
import { stanceLabel } from './stances';
import { TourSummary } from './tour-summary';
import { useTourDeTable } from './use-tour-de-table';
import { useCall } from '../api/hooks';

export interface ItemRef {
  id: string;
  number: string;
  title: string;
}

export function TourDeTableDrawer({ item, onClose }: { item: ItemRef; onClose: () => void }) {
  const tour = useTourDeTable(item.id);
  return (
    <EscapeDrawer
      opened
      onClose={onClose}
      position="right"
      size="64rem"
      title={
        <Text fw={700} component="span" style={{ overflowWrap: 'anywhere' }}>
          Tour de table on item {item.number}: {item.title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close the tour de table' }}
    >
      <QueryView query={tour.query} loading="Loading the tour de table…">
        {(table) => <Grid item={item} table={table} record={tour.record} remove={tour.remove} />}
      </QueryView>
    </EscapeDrawer>
  );
}

const GROUP_TITLES: Record<Speaker['group'], string> = {
  own: 'Your delegation',
  member_state: 'Member States',
  union: 'Commission, ENISA and EEAS',
  observer: 'Observers',
};

function Grid({
  item,
  table,
  record,
  remove,
}: {
  item: ItemRef;
  table: TourDeTable;
  record: ReturnType<typeof useTourDeTable>['record'];
  remove: ReturnType<typeof useTourDeTable>['remove'];
}) {
  const [added, setAdded] = useState<string[]>([]);
  const [observer, setObserver] = useState('');
  const [observerError, setObserverError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const gridRef = useRef<HTMLTableElement>(null);

  const bySpeaker = useMemo(() => new Map(table.statements.map((s) => [s.speaker, s])), [table.statements]);
  // Where each speaker stood last time the same papers were discussed (src/meetings/carry-over.ts).
  const earlier = useCall('tourDeTable.earlier', { agendaItemId: item.id });
  const lastTime = useMemo(() => new Map((earlier.data ?? []).map((s) => [s.speaker, s])), [earlier.data]);
  const speakers = useMemo(
    () => tourDeTableSpeakers(table.ownSpeaker, table.statements.map((s) => s.speaker), added),
    [table.ownSpeaker, table.statements, added],
  );

  function choose(speaker: string, stance: Stance | null) {
    const current = bySpeaker.get(speaker);
    const name = speakerName(speaker);
    if (stance === null) {
      if (!current) return;
      remove(speaker, () => {
        setAnnouncement(`${name}: cleared`);
        offerUndo(current);
      });
      return;
    }
    record({ speaker, stance, comment: current?.comment ?? '' }, () => setAnnouncement(`${name}: ${stanceLabel(stance)}, saved`));
  }

  /** Clearing a row is one click: one click brings it back, comment and all. */
  function offerUndo(statement: StatementRecord) {
    const id = `tour-undo-${statement.id}`;
    notifications.show({
      id,
      title: `${speakerName(statement.speaker)} cleared`,
      message: (
        <Group gap="sm" justify="space-between">
          <Text size="sm">Their stance and comment are no longer in the tour de table.</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              record({ speaker: statement.speaker, stance: statement.stance, comment: statement.comment });
            }}
          >
            Undo
          </Button>
        </Group>
      ),
      autoClose: 8000,
      closeButtonProps: { 'aria-label': 'Close this notice' },
    });
  }

  function addObserver() {
    const name = observerName(observer, speakers);
    if (!name) {
      setObserverError(observer.trim() ? 'Already in the list' : 'Type the name of the observer');
      return;
    }
    setAdded((a) => [...a, name]);
    setObserver('');
    setObserverError(null);
    // Straight to the new row, to give its stance.
    requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>(`[data-stance-row="${CSS.escape(name)}"] [data-toolbar-toggle]`)?.focus());
  }

  const rows: ReactNode[] = [];
  let group: Speaker['group'] | null = null;
  for (const speaker of speakers) {
    if (speaker.group !== group && speaker.group !== 'own') {
      group = speaker.group;
      rows.push(
        <Table.Tr key={`group-${group}`}>
          <Table.Th colSpan={3} scope="colgroup" pt="md" fz="xs" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {GROUP_TITLES[group]}
          </Table.Th>
        </Table.Tr>,
      );
    }
    const statement = bySpeaker.get(speaker.id);
    rows.push(
      <SpeakerRow
        key={speaker.id}
        speaker={speaker}
        statement={statement}
        lastTime={lastTime.get(speaker.id)}
        onStance={(stance) => choose(speaker.id, stance)}
        onComment={(comment) => statement && record({ speaker: speaker.id, stance: statement.stance, comment }, () => setAnnouncement(`${speakerName(speaker.id)}: comment saved`))}
      />,
    );
  }

  return (
    <Stack gap="md">
      <TourSummary table={table} />
      <Text size="xs" c="dimmed">
        Each click is saved at once; click a chosen stance again to clear it. Keys: <Kbd size="xs">↑</Kbd>{' '}
        <Kbd size="xs">↓</Kbd> speakers, <Kbd size="xs">←</Kbd> <Kbd size="xs">→</Kbd> stances, <Kbd size="xs">1</Kbd>–
        <Kbd size="xs">5</Kbd> record and go to the next speaker, <Kbd size="xs">0</Kbd> clear.
      </Text>
      <Text size="sm" role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </Text>
      <Table.ScrollContainer minWidth={860}>
        <Table
          ref={gridRef}
          verticalSpacing={4}
          aria-label={`Tour de table on item ${item.number}`}
          onKeyDown={(e) => handleGridKey(e, choose)}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={260}>Speaker</Table.Th>
              <Table.Th w={420}>Stance</Table.Th>
              <Table.Th>Comment</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group align="flex-start" gap="xs" component="form" onSubmit={(e) => { e.preventDefault(); addObserver(); }}>
        <TextInput
          aria-label="Name of an observer"
          placeholder="An observer who took the floor, e.g. Norway"
          value={observer}
          onChange={(e) => setObserver(e.currentTarget.value)}
          error={observerError}
          maxLength={80}
          style={{ flex: 1, maxWidth: 420 }}
        />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
          Add observer
        </Button>
      </Group>
    </Stack>
  );
}
