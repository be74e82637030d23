// One button per format. Each asks the core for the file with the options shown, hands it to the
// delegate (a download in the browser, the save dialog in the desktop app), says so in a notice,
// and remembers the settings for this meeting's next note.
import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { BriefingFormat, BriefingOptions } from '../../briefing/model';
import { callApi } from '../api/hooks';
import { saveBlob } from '../shell/download';
import { notify } from '../sync/notify';
import { briefingFileBlob } from './briefing-file';

const FORMATS: { format: BriefingFormat; label: string; name: string }[] = [
  { format: 'docx', label: 'Word (.docx)', name: 'Word' },
  { format: 'pdf', label: 'PDF', name: 'PDF' },
  { format: 'html', label: 'HTML', name: 'HTML' },
  { format: 'md', label: 'Markdown', name: 'Markdown' },
];

export function BriefingExportButtons({
  meetingId,
  options,
  disabled,
  onExported,
}: {
  meetingId: string;
  options: BriefingOptions;
  disabled: boolean;
  onExported: () => void;
}) {
  const [pending, setPending] = useState<BriefingFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function exportAs(format: BriefingFormat, name: string) {
    setPending(format);
    setFailure(null);
    try {
      const file = await callApi('briefing.export', { meetingId, format, options });
      saveBlob(file.fileName, briefingFileBlob(file));
      onExported();
      notify({ title: 'Briefing note saved', message: `Briefing note saved as ${file.fileName}` });
    } catch (e) {
      const reason = `The ${name} briefing note could not be made: ${(e as Error).message}`;
      setFailure(reason);
      notify({ title: 'The briefing note could not be made', message: (e as Error).message, failed: true });
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack>
      {/* Two by two, each button as wide as its column: four in a row do not fit the options'
          column at 1280 px, and a lone button wrapped onto a second row looked left over. */}
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm" role="group" aria-label="Export the briefing note">
        {FORMATS.map(({ format, label, name }) => (
          <Button
            key={format}
            fullWidth
            variant={format === 'docx' ? 'filled' : 'default'}
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={pending === format}
            disabled={disabled || (pending !== null && pending !== format)}
            onClick={() => void exportAs(format, name)}
          >
            {label}
          </Button>
        ))}
      </SimpleGrid>
      {pending && (
        <Text size="sm" role="status">
          Making the {FORMATS.find((f) => f.format === pending)?.name} briefing note…
        </Text>
      )}
      {failure && (
        <Alert color="red" variant="light" role="alert" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
