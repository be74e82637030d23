// How a feed is named on screen: its title when the publisher gave one, else its address; the
// sample feed lives in a local file whose path means nothing to a delegate.
import type { Feed } from '../../api/types';

export function feedName(feed: Feed): string {
  if (feed.title) return feed.title;
  if (feed.isSample) return 'Sample feed';
  return feed.url;
}

/** The address as a delegate would type it: local files as paths. */
export function feedAddress(feed: Feed): string {
  if (!feed.url.startsWith('file:')) return feed.url;
  try {
    return decodeURIComponent(new URL(feed.url).pathname);
  } catch {
    return feed.url;
  }
}
