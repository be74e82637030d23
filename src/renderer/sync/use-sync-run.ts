// Running a sync from the Sync view: one at a time, with its progress polled from sync.status
// while it runs (the call itself only answers at the end), and a notice saying what it did.
import { useAction, useCall } from '../api/hooks';
import { notify } from './notify';
import { describeResults } from './sync-words';

const WHILE_RUNNING_MS = 500;
const WHILE_IDLE_MS = 5000;

export function useSyncRun() {
  const run = useAction('sync.run');
  const status = useCall(
    'sync.status',
    {},
    // A scheduled sync also counts: its progress shows and the buttons wait for it.
    { refetchInterval: (query) => (run.isPending || query.state.data?.running ? WHILE_RUNNING_MS : WHILE_IDLE_MS) },
  );
  const syncing = run.isPending || status.data?.running === true;

  function start(feedId?: number) {
    run.mutateAsync(feedId === undefined ? {} : { feedId }).then(
      (results) => notify(describeResults(results)),
      (error: Error) => notify({ title: 'The sync did not run', message: error.message, failed: true }),
    );
  }

  return {
    start,
    syncing,
    status,
    /** The feed a "Sync now" is running for; undefined for "Sync all" or a scheduled sync. */
    runningFeedId: run.isPending ? run.variables?.feedId : undefined,
    runningAll: run.isPending && run.variables?.feedId === undefined,
  };
}
