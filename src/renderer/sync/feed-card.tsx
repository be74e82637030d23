// One feed the delegate follows: where it comes from, whether its pages must be signed, how its
// last sync went (and why it failed, in words), with "Sync now" and "Remove".
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconRefresh, IconShieldCheck, IconShieldOff, IconTrash } from '@tabler/icons-react';
import type { Feed } from '../../api/types';
import { formatDateTime, formatRelative } from '../shell/format';
import { AttachmentPolicyField } from './attachment-policy-field';
import { feedAddress, feedName } from './feed-name';
import { OutcomeBadge } from './outcome-badge';
import { isFailure, outcomeOf, sentence } from './sync-words';

interface Props {
  feed: Feed;
  now: Date;
  syncing: boolean;
  /** This feed's own "Sync now" is the sync running. */
  syncingThis: boolean;
  onSync: () => void;
  onRemove: () => void;
}

export function FeedCard({ feed, now, syncing, syncingThis, onSync, onRemove }: Props) {
  const name = feedName(feed);
  const address = feedAddress(feed);
  const outcome = outcomeOf(feed.lastOutcome);
  const failed = isFailure(feed.lastOutcome);

  return (
    <Paper withBorder p="md" component="li">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={4} miw={0}>
            <Group gap="xs">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {name}
              </Text>
              {feed.isSample && (
                <Badge variant="light" color="violet" size="sm">
                  Sample
                </Badge>
              )}
              {feed.publicKey ? (
                <Tooltip label="Only pages signed with the publisher's key are accepted" withArrow>
                  <Badge
                    variant="default"
                    size="sm"
                    leftSection={<IconShieldCheck size={12} color="var(--mantine-color-teal-text)" aria-hidden />}
                  >
                    Key pinned
                  </Badge>
                </Tooltip>
              ) : (
                <Tooltip label="No publisher key: pages are accepted without checking a signature" withArrow>
                  <Badge variant="default" size="sm" leftSection={<IconShieldOff size={12} aria-hidden />}>
                    No key pinned
                  </Badge>
                </Tooltip>
              )}
            </Group>
            {address !== name && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {address}
              </Text>
            )}
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              leftSection={syncingThis ? <Loader size={12} aria-hidden /> : <IconRefresh size={14} aria-hidden />}
              onClick={onSync}
              disabled={syncing}
              aria-label={`Sync now: ${name}`}
            >
              Sync now
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={onRemove}
              // A feed is not taken away in the middle of a sync that may be reading it.
              disabled={syncing}
              aria-label={`Remove: ${name}`}
            >
              Remove
            </Button>
          </Group>
        </Group>

        <Group gap="xs">
          {feed.lastSyncedAt ? (
            <>
              <Text size="sm">
                Last synced <span title={formatDateTime(feed.lastSyncedAt)}>{formatRelative(feed.lastSyncedAt, now)}</span>
                <Text span size="sm" c="dimmed">
                  {' '}
                  ({formatDateTime(feed.lastSyncedAt)})
                </Text>
              </Text>
              {feed.lastOutcome && <OutcomeBadge outcome={feed.lastOutcome} />}
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Not synced yet
            </Text>
          )}
        </Group>

        <AttachmentPolicyField feed={feed} />

        {failed && feed.lastError && (
          <Alert variant="light" color={outcome?.color ?? 'red'} title="The last sync did not work" p="xs">
            <Text size="sm">{sentence(feed.lastError)}</Text>
            <Text size="sm">{outcome?.meaning}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
