// When a local record is saved. Tests pass their own clock; everything else reads the system's.
export interface Clock {
  now?: () => Date;
}

/**
 * The time of a save, always after the record's previous one: two saves in the same millisecond,
 * or a clock set back, must still give the history its order, the editor a changed updatedAt to
 * tell one state from the next, and a pack merge ("the newer wins") the right winner.
 */
export function saveTime(clock: Clock, previous?: string): string {
  const now = (clock.now ?? (() => new Date()))().getTime();
  const after = previous === undefined ? -Infinity : Date.parse(previous) + 1;
  return new Date(Math.max(now, after)).toISOString();
}
