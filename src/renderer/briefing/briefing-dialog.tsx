// The "Briefing note" dialog of a meeting: the options on the left, the note as it will read on
// the right, the export buttons below the options. It opens with the settings of this meeting's
// last export, and remembers them again at each export.
import { Box, Button, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { MeetingDetail } from '../../api/types';
import { BriefingExportButtons } from './briefing-export-buttons';
import { BriefingOptionsForm } from './briefing-options-form';
import { BriefingPreview } from './briefing-preview';
import { recallSettings, rememberSettings, toBriefingOptions } from './briefing-settings';

export function BriefingNoteButton({ meeting }: { meeting: MeetingDetail }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="sm" variant="default" leftSection={<IconFileText size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Briefing note
      </Button>
      {/* Mounted only while open, so each opening starts from the settings last remembered. */}
      {opened && <BriefingDialog meeting={meeting} onClose={() => setOpened(false)} />}
    </>
  );
}

function BriefingDialog({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const [settings, setSettings] = useState(() => recallSettings(localStorage, meeting.id, meeting.agenda));
  // One object per change of the settings, so the preview's pause restarts only when they change.
  const options = useMemo(() => toBriefingOptions(settings), [settings]);
  return (
    <Modal
      opened
      onClose={onClose}
      fullScreen
      title={
        <Text fw={700} component="span" style={{ overflowWrap: 'anywhere' }}>
          Briefing note: {meeting.title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close the briefing note' }}
      styles={{
        content: { display: 'flex', flexDirection: 'column' },
        body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
      }}
    >
      <Box style={{ display: 'grid', gridTemplateColumns: 'minmax(18rem, 26rem) 1fr', gap: 'var(--mantine-spacing-lg)', flex: 1, minHeight: 0 }}>
        {/* The options scroll; the export buttons stay in view below them. */}
        <Stack gap="md" component="section" aria-label="Options of the briefing note" style={{ minHeight: 0 }}>
          <ScrollArea type="auto" offsetScrollbars style={{ flex: 1, minHeight: 0 }}>
            <BriefingOptionsForm agenda={meeting.agenda} settings={settings} onChange={setSettings} />
          </ScrollArea>
          <BriefingExportButtons
            meetingId={meeting.id}
            options={options}
            disabled={settings.items.length === 0}
            onExported={() => rememberSettings(localStorage, meeting.id, settings)}
          />
        </Stack>
        <BriefingPreview meetingId={meeting.id} options={options} />
      </Box>
    </Modal>
  );
}
