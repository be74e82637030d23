// Exporting a pack: all the delegate's work, or one meeting's, saved as a JSON file.
import { Button, Group, Select, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { MeetingSummary } from '../../api/types';
import { callApi, useCall } from '../api/hooks';
import { formatMeetingDate, startsAtTime } from '../meetings/meeting-time';
import { notify } from '../sync/notify';
import { plural, RECORD_NOUNS } from '../../packs/report-words';
import { saveTextFile } from '../shell/download';

function meetingOptions(meetings: MeetingSummary[]) {
  return [...meetings]
    .sort((a, b) => startsAtTime(b.startsAt) - startsAtTime(a.startsAt))
    .map((m) => ({ value: m.id, label: `${m.title} · ${formatMeetingDate(m.startsAt)}` }));
}

export function ExportPack() {
  const meetings = useCall('meetings.list', { includeArchived: true });
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [pending, setPending] = useState<'all' | 'meeting' | null>(null);

  async function exportPack(which: 'all' | 'meeting') {
    setPending(which);
    try {
      const pack = await callApi('packs.export', which === 'meeting' && meetingId ? { meetingId } : {});
      saveTextFile(pack.fileName, pack.content);
      const c = pack.counts;
      notify({
        title: 'Pack exported',
        message:
          `${pack.fileName}: ${plural(c.annotations, RECORD_NOUNS.annotation)}, ${plural(c.positions, RECORD_NOUNS.position)}, ` +
          `${plural(c.statements, RECORD_NOUNS.statement)}, ${plural(c.notes, RECORD_NOUNS.note)}, ` +
          `${plural(c.versions, ['saved state', 'saved states'])}.`,
      });
    } catch (e) {
      notify({ title: 'The pack could not be exported', message: (e as Error).message, failed: true });
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap="md">
      <Group>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={pending === 'all'}
          disabled={pending !== null}
          onClick={() => void exportPack('all')}
        >
          Export all my work
        </Button>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Meeting"
          placeholder={meetings.isPending ? 'Loading the meetings…' : 'Choose a meeting'}
          data={meetingOptions(meetings.data ?? [])}
          value={meetingId}
          onChange={setMeetingId}
          error={meetings.error?.message}
          searchable
          nothingFoundMessage="No meeting of that name"
          w={{ base: '100%', sm: 420 }}
        />
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={pending === 'meeting'}
          disabled={!meetingId || pending !== null}
          onClick={() => void exportPack('meeting')}
        >
          Export a meeting's work
        </Button>
      </Group>
    </Stack>
  );
}
