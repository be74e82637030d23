// What every command shares: the store (opened on first use, closed at the end) and the output.
import { closeStore, openStore, type Store } from '../store/open';
import { resolveStorePath } from '../store/data-folder';
import type { Output } from './output';

/** A command waits this long for another program's write (the app applying a large sync) to finish. */
export const COMMAND_LINE_WAIT_MS = 60_000;

export class CliContext {
  private db: Store | null = null;
  constructor(
    readonly output: Output,
    private readonly dbFlag: () => string | undefined,
  ) {}

  get storePath(): string {
    return resolveStorePath(this.dbFlag());
  }

  store(): Store {
    if (!this.db) this.db = openStore(this.storePath, { busyTimeoutMs: COMMAND_LINE_WAIT_MS });
    return this.db;
  }

  close(): void {
    if (this.db) closeStore(this.db);
    this.db = null;
  }
}
