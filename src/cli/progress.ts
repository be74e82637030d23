// A one-line progress report on a terminal, for syncs that take more than a moment. Silent when
// the output is not a terminal, and silent for the first half second, so quick syncs stay quiet.
import type { FeedProgress } from '../sync/fetch-feed';
import { formatBytes } from '../sync/fetch-page';
import type { Output } from './output';

const QUIET_MS = 500;

export function progressLine(output: Output, enabled: boolean) {
  const started = Date.now();
  let shown = false;
  const show = (text: string) => {
    if (!enabled || !output.isTerminal || Date.now() - started < QUIET_MS) return;
    shown = true;
    process.stderr.write(`\r\x1b[K${text}`);
  };
  return {
    update: (p: FeedProgress) => show(`${p.phase === 'fetching' ? 'Fetching' : 'Applying'} page ${p.page}… ${formatBytes(p.bytes)}`),
    /** Any one-line progress (a download's). */
    show,
    done: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}
