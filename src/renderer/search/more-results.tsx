// At the foot of the results, when more matched than are listed: the next hundred, up to the most
// one search returns, and past that a word on narrowing the search (result-summary.ts words it).
import { Button, Center, Text } from '@mantine/core';
import { moreOffer } from './result-summary';

export function MoreResults({
  shown,
  found,
  step,
  most,
  loading,
  onMore,
}: {
  shown: number;
  /** Every match of what the page lists (all kinds, or the kind chosen). */
  found: number;
  step: number;
  most: number;
  loading: boolean;
  onMore: () => void;
}) {
  const offer = moreOffer(shown, found, step, most);
  if (offer === null) return null;
  if ('narrow' in offer) {
    return (
      <Text size="sm" c="dimmed" ta="center">
        {offer.narrow}
      </Text>
    );
  }
  return (
    <Center>
      <Button variant="default" loading={loading} onClick={onMore}>
        {offer.more}
      </Button>
    </Center>
  );
}
