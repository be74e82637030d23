// Writing a window left unsaved (a crash, a killed app, a power cut, a window closed over it): a
// notice on every page until each text is dealt with, and a drawer that shows them, each with where
// it was being written, to copy back or open there, or to discard; a new note can go straight back
// in its box.
// A position's draft is not here: its editor offers it back itself.
import { useState } from 'react';
import { Alert, Button, CopyButton, Drawer, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconArrowRight, IconCheck, IconCopy, IconLifebuoy, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import type { KeptWriting } from '../../api/types';
import { callApi } from '../api/hooks';
import { formatDateTime } from '../shell/format';
import { openWindowSessions } from '../shell/window-session';
import { paths } from '../shell/paths';
import { notify } from '../sync/notify';
import { newNoteSubject } from '../../recovery/kept-place';
import { putBackNoteDraft } from '../notes/note-draft';

export function RecoveredWriting() {
  // Asked again each time the page is shown again (another tab was in front): a tab closed
  // meanwhile may have left some.
  const query = useQuery({
    queryKey: ['writing.recovered'],
    queryFn: async () => callApi('writing.recovered', { openWindows: await openWindowSessions() }),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
  const [opened, setOpened] = useState(false);
  const kept = query.data ?? [];
  if (kept.length === 0) return null;
  const count = kept.length === 1 ? 'One text was' : `${kept.length} texts were`;
  return (
    <>
      <Alert
        variant="light"
        color="orange"
        mb="lg"
        icon={<IconLifebuoy size={20} aria-hidden />}
        title="Writing kept from when Delegate Desk last closed"
        role="status"
        // Orange marks it; the words keep the text colour, which orange on its light shade is not
        // dark enough to be (AA contrast).
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm">{count} not saved when it closed. Nothing is lost: copy it back where it belongs, or discard it.</Text>
          <Button size="xs" variant="default" onClick={() => setOpened(true)}>
            Show what was kept
          </Button>
        </Group>
      </Alert>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size="md"
        title={<Text fw={700} component="span">Writing kept from last time</Text>}
        closeButtonProps={{ 'aria-label': 'Close the kept writing' }}
      >
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Writing kept from last time">
          {kept.map((text) => (
            <KeptText key={text.place} text={text} onOpen={() => setOpened(false)} />
          ))}
        </Stack>
      </Drawer>
    </>
  );
}

function KeptText({ text, onOpen }: { text: KeptWriting; onOpen: () => void }) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [discarding, setDiscarding] = useState(false);
  const drop = async () => {
    await callApi('writing.drop', { place: text.place });
    await queryClient.invalidateQueries({ queryKey: ['writing.recovered'] });
  };
  const discard = async () => {
    setDiscarding(true);
    try {
      await drop();
    } catch (error) {
      notify({ title: 'The text was not discarded', message: (error as Error).message, failed: true });
      setDiscarding(false);
    }
  };
  // A new note goes back in its box, not added yet, as it was: its panel keeps it from there.
  const newNote = newNoteSubject(text.place);
  const putBack = async () => {
    if (!newNote || !text.opens) return;
    putBackNoteDraft(newNote.subjectType, newNote.subjectId, text.body);
    onOpen();
    navigate(paths.place(text.opens));
    await drop().catch(() => undefined);
  };
  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-label={text.label}>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {text.label}
        </Text>
        <Text size="xs" c="dimmed">
          Last typed {formatDateTime(text.updatedAt)}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={12}>
          {text.body}
        </Text>
        <Group gap="xs" mt={4}>
          <CopyButton value={text.body} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="light"
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy the text'}
              </Button>
            )}
          </CopyButton>
          {newNote && text.opens && (
            <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => void putBack()}>
              Put it back in its box
            </Button>
          )}
          {text.opens && !newNote && (
            <Button size="xs" variant="default" component={Link} href={paths.place(text.opens)} onClick={onOpen} rightSection={<IconArrowRight size={14} aria-hidden />}>
              Open where it was
            </Button>
          )}
          <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />} loading={discarding} onClick={() => void discard()}>
            Discard
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
