// The feeds the delegate follows, each with its own "Sync now" and "Remove".
import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { Feed } from '../../api/types';
import { useCall } from '../api/hooks';
import { EmptyState, QueryView } from '../shell/states';
import { FeedCard } from './feed-card';
import { RemoveFeedModal } from './remove-feed-modal';
import { useNow } from './use-now';

interface Props {
  syncing: boolean;
  runningFeedId: number | undefined;
  onSync: (feedId: number) => void;
}

export function FeedList({ syncing, runningFeedId, onSync }: Props) {
  const feeds = useCall('feeds.list', {});
  const [removing, setRemoving] = useState<Feed | null>(null);
  const now = useNow();

  return (
    <>
      <QueryView query={feeds} loading="Loading your feeds…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="You follow no feeds">
              Add a feed below to receive the Group's papers, meetings and contacts. What is already on this device stays.
            </EmptyState>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Feeds you follow">
              {list.map((feed) => (
                <FeedCard
                  key={feed.id}
                  feed={feed}
                  now={now}
                  syncing={syncing}
                  syncingThis={runningFeedId === feed.id}
                  onSync={() => onSync(feed.id)}
                  onRemove={() => setRemoving(feed)}
                />
              ))}
            </Stack>
          )
        }
      </QueryView>
      <RemoveFeedModal feed={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
