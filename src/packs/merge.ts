// Which side of a merge wins: the state saved later, and on a tie the one whose content (canonical
// JSON, id left out) has the greater hash. The rule looks only at the two states, never at which
// store is importing, so two stores that exchange packs end with the same record whichever imports
// first.
import type { LocalRecordOf, LocalRecordType } from '../local-records/records';
import { recordHash } from '../local-records/versions';

/** added: the store had no such record; updated: the pack's state wins; left: the store's stays. */
export type MergeOutcome = 'added' | 'updated' | 'left';

export function mergeOutcome<T extends LocalRecordType>(
  local: LocalRecordOf[T] | undefined,
  incoming: LocalRecordOf[T],
): MergeOutcome {
  if (!local) return 'added';
  const localHash = recordHash(local);
  const incomingHash = recordHash(incoming);
  if (localHash === incomingHash) return 'left';
  // Instants, not strings: "…T10:00:00+01:00" is earlier than "…T09:30:00Z".
  const localTime = Date.parse(local.updatedAt);
  const incomingTime = Date.parse(incoming.updatedAt);
  if (localTime !== incomingTime) return incomingTime > localTime ? 'updated' : 'left';
  return contentHash(incoming) > contentHash(local) ? 'updated' : 'left';
}

/**
 * The tie-break looks at the content without the id: two stores may know one position under two
 * ids (matched by agenda item), and must still pick the same winner.
 */
function contentHash(record: { id: string }): string {
  const { id: _, ...content } = record;
  return recordHash(content);
}
