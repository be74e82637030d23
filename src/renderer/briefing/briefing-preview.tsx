// The note as it will read, beside the options: the core's self-contained HTML in a frame that
// may run nothing and reach nothing (sandbox with no permission: no script, an opaque origin, no
// navigation of the app). Option changes wait 300 ms, so typing a marking does not rebuild the
// note at every key.
import { Alert, Box, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import type { BriefingOptions } from '../../briefing/model';
import { useCall } from '../api/hooks';

export function BriefingPreview({ meetingId, options }: { meetingId: string; options: BriefingOptions }) {
  const [settled] = useDebouncedValue(options, 300);
  // The last note stays in view while the next one is made, rather than flashing empty.
  const preview = useCall('briefing.preview', { meetingId, options: settled }, { placeholderData: keepPreviousData, retry: false });
  return (
    <Box pos="relative" h="100%" mih={0} style={{ display: 'flex', flexDirection: 'column' }}>
      {preview.isError && (
        <Alert color="red" variant="light" title="The preview could not be made" mb="sm" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          {preview.error.message}
        </Alert>
      )}
      {preview.isFetching && (
        <Text size="sm" c="dimmed" pos="absolute" top={8} right={12} role="status" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <Loader size="xs" aria-hidden /> Updating the preview…
        </Text>
      )}
      {preview.data ? (
        <iframe
          title="Preview of the briefing note"
          sandbox=""
          srcDoc={preview.data.html}
          style={{ flex: 1, minHeight: 0, width: '100%', border: '1px solid var(--mantine-color-default-border)', borderRadius: 4, background: '#fff' }}
        />
      ) : (
        !preview.isError && (
          <Text c="dimmed" role="status">
            Making the preview…
          </Text>
        )
      )}
    </Box>
  );
}
