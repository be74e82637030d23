// Said at the top of a paper the delegate had read before a sync revised it: what they read,
// what is there now, and one step to what changed.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowsDiff, IconRefreshDot } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DocumentDetail } from '../../../api/types';
import { paths } from '../../shell/paths';
import { readableInk } from '../readable-ink';
import type { ReadBeforeOpening } from '../reading/use-read-on-open';

export function ChangedSinceRead({ document: d, before }: { document: DocumentDetail; before: ReadBeforeOpening | null }) {
  if (before?.readMark !== 'changed' || before.readRevision === null) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconRefreshDot aria-hidden />}
      title="Changed since you last read it"
      style={readableInk('orange', '--alert-color')}
    >
      <Stack gap="xs">
        <Text size="sm" c="var(--mantine-color-text)">
          You last read revision {before.readRevision}; this is revision {d.revision}.
        </Text>
        <Group>
          <Button
            component={Link}
            href={paths.compare(d.id, before.readRevision, d.revision)}
            size="xs"
            variant="default"
            leftSection={<IconArrowsDiff size={16} aria-hidden />}
          >
            See what changed
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
