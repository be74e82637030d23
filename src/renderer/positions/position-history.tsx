// Every saved version of a position, newest first: when, where it came from, and what it changed
// from the one before it. Any earlier version can be restored; restoring is itself a save, so
// what the position said just before stays in the history too.
import { useState } from 'react';
import { Accordion, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { PositionVersion } from '../../api/types';
import { useCall } from '../api/hooks';
import { notify } from '../sync/notify';
import { EscapeDrawer, useEscapeAnswers } from '../shell/escape-drawer';
import { formatDateTime } from '../shell/format';
import { EmptyState, QueryView } from '../shell/states';
import { useRestorePosition } from './position-actions';
import { positionChanges } from './position-diff';
import type { ItemRef } from './position-editor';
import { PositionChanges } from './position-changes';
import { PositionStatusBadge } from './position-status-badge';
import { speakingPointsText } from './speaking-points-text';

const ORIGINS: Record<PositionVersion['origin'], string> = {
  saved: 'Saved here',
  imported: 'From an imported pack',
  kept_from_import: 'Yours, before an import replaced it',
};

export function PositionHistory({ item, onClose }: { item: ItemRef; onClose: () => void }) {
  const query = useCall('positions.versions', { agendaItemId: item.id }, { refetchOnMount: 'always' });
  return (
    <EscapeDrawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Text fw={700} component="span" style={{ overflowWrap: 'anywhere' }}>
          History of the position on item {item.number}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close the history' }}
    >
      <QueryView query={query} loading="Loading the history…">
        {(versions) =>
          versions.length === 0 ? (
            <EmptyState title="No versions yet">Each time you save the position, the version is kept here.</EmptyState>
          ) : (
            <Versions item={item} versions={versions} />
          )
        }
      </QueryView>
    </EscapeDrawer>
  );
}

function Versions({ item, versions }: { item: ItemRef; versions: PositionVersion[] }) {
  const [restoring, setRestoring] = useState<PositionVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const restore = useRestorePosition();
  // Escape on the question cancels it and leaves the history open.
  const escapeCancels = useEscapeAnswers(restoring !== null, () => setRestoring(null));

  async function confirmRestore(version: PositionVersion) {
    setError(null);
    try {
      await restore.mutateAsync({ agendaItemId: item.id, versionId: version.versionId });
      notify({ title: 'Version restored', message: `The position on item ${item.number} is again as it was on ${formatDateTime(version.savedAt)}.` });
      setRestoring(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Newest first. Each version shows what it changed from the one before.
      </Text>
      <Accordion multiple defaultValue={[String(versions[0]!.versionId)]} variant="separated" chevronPosition="left">
        {versions.map((version, i) => {
          const older = versions[i + 1]?.record ?? null;
          return (
            <Accordion.Item key={version.versionId} value={String(version.versionId)}>
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {formatDateTime(version.savedAt)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {ORIGINS[version.origin]}
                    </Text>
                  </Stack>
                  <Group gap={6}>
                    {i === 0 && (
                      <Badge variant="outline" color="gray" tt="none">
                        Current
                      </Badge>
                    )}
                    <PositionStatusBadge status={version.record.status} />
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <PositionChanges
                    changes={positionChanges(older, version.record, speakingPointsText)}
                    emptyText={older ? 'Saved again without changing the text.' : 'The first version, still empty.'}
                  />
                  {i > 0 && (
                    <Group>
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconArrowBackUp size={14} aria-hidden />}
                        onClick={() => setRestoring(version)}
                      >
                        Restore this version
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>

      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} {...escapeCancels} title="Restore this version?" centered>
        {restoring && (
          <Stack gap="md">
            <Text size="sm">
              The position on item {item.number} becomes again what it was on {formatDateTime(restoring.savedAt)}. What it says
              now stays in the history, so you can come back to it.
            </Text>
            {error && (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setRestoring(null)}>
                Cancel
              </Button>
              <Button loading={restore.isPending} onClick={() => void confirmRestore(restoring)}>
                Restore this version
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
