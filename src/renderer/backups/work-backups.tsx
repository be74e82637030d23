// "Backups of your work" in the settings: made on their own (src/backups) when the app opens,
// every day and when it closes; where they are; the latest, each restored through the same
// preview as any pack; and a backup made now. A backup that failed on its own is said here.
import { Alert, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import { callApi, useAction, useCall } from '../api/hooks';
import { formatBytes, formatDateTime } from '../shell/format';
import { ErrorState, Loading } from '../shell/states';
import { notify } from '../sync/notify';
import { CopyableField } from '../settings/data-location';
import { usePackImport } from '../packs/import-pack';
import type { BackupMade } from '../../api/types';

function madeWords(outcome: BackupMade): { title: string; message: string } {
  if (outcome.made) return { title: 'Backed up', message: `Your work is in ${outcome.made.fileName}.` };
  return outcome.why === 'nothing to back up'
    ? { title: 'Nothing to back up yet', message: 'Highlights, positions, tour de table and notes are backed up once there are some.' }
    : { title: 'Already backed up', message: 'Nothing changed since the latest backup.' };
}

export function WorkBackups() {
  const list = useCall('backups.list', {});
  const make = useAction('backups.make');
  const { preview, reading, shown } = usePackImport();

  if (list.isPending) return <Loading label="Reading the backups…" />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { folder, backups, kept, problem } = list.data;

  async function backUpNow() {
    try {
      notify(madeWords(await make.mutateAsync({})));
    } catch (e) {
      notify({ title: 'Not backed up', message: (e as Error).message, failed: true });
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm">
        Your highlights, positions (with their history), tour de table and notes are backed up on their own when Delegate
        Desk opens, every day while it runs and when it closes, each time they changed. The latest {kept} are kept. A backup
        is a pack: restoring one shows what it will change first.
      </Text>
      {problem && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="The last backup failed" role="alert">
          {problem}
        </Alert>
      )}
      <CopyableField label="Backups folder" value={folder} description="Copy it to your own backup or another device as you wish." />
      {backups.length === 0 ? (
        <Text size="sm" c="dimmed">
          No backup yet: there is none until you have highlighted, written or recorded something.
        </Text>
      ) : (
        <Table aria-label="Backups of your work" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Made</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>
                <VisuallyHidden>Restore</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((backup) => (
              <Table.Tr key={backup.fileName}>
                <Table.Td>{formatDateTime(backup.madeAt)}</Table.Td>
                <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconArrowBackUp size={14} aria-hidden />}
                    aria-label={`Restore the backup of ${formatDateTime(backup.madeAt)}`}
                    disabled={reading}
                    onClick={() => void preview(backup.fileName, () => callApi('backups.read', { fileName: backup.fileName }))}
                  >
                    Restore…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button variant="light" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={make.isPending} onClick={() => void backUpNow()}>
          Back up now
        </Button>
      </Group>
      {shown}
    </Stack>
  );
}
