// "Back up and share your work" in the settings: packs out and in (docs/pack-format.md), with the
// one caution that matters: a pack holds national positions.
import { Alert, Divider, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { ExportPack } from './export-pack';
import { ImportPack } from './import-pack';
import { WorkBackups } from '../backups/work-backups';

export function PacksSection() {
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text size="sm">
          A pack is one file with your highlights, positions (and their history), tour de table and notes: to back them
          up, move them to another device, or share a meeting's preparation with a colleague.
        </Text>
        <Alert variant="light" color="yellow" icon={<IconLock size={18} aria-hidden />} p="xs">
          <Text size="sm">Packs contain national positions: share them only through approved channels.</Text>
        </Alert>
      </Stack>

      <Stack gap="sm">
        <Title order={4}>Export</Title>
        <ExportPack />
      </Stack>

      <Divider />

      <Stack gap="sm">
        <Title order={4}>Import</Title>
        <Text size="sm" c="dimmed">
          A pack is merged into this desk: where both sides changed a record, the later edit wins and the other is kept in
          its history. You see what will change before anything does.
        </Text>
        <ImportPack />
      </Stack>

      <Divider />

      <Stack gap="sm">
        <Title order={4}>Backups of your work</Title>
        <WorkBackups />
      </Stack>
    </Stack>
  );
}
