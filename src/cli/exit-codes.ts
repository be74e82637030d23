// The CLI's exit codes, as documented in `delegate-desk --help` and the README.
import type { DeskErrorKind } from '../desk-error';

export const EXIT = {
  ok: 0,
  /** Input rejected (invalid feed, bad signature, unknown id, quote not found); nothing changed. */
  rejected: 1,
  usage: 2,
  /** Network or disk failure; nothing changed. */
  failed: 3,
} as const;

export function exitCodeFor(kind: DeskErrorKind): number {
  return kind === 'failed' ? EXIT.failed : EXIT.rejected;
}
