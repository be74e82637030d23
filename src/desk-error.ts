// The one kind of error that the core lets out: a message a delegate can read, and what kind of
// problem it is, so the CLI can pick its exit code and the UI its wording without parsing text.
export type DeskErrorKind =
  /** The input was refused (invalid feed, bad signature, quote not found...). Nothing changed. */
  | 'rejected'
  /** An id that the store does not hold. Nothing changed. */
  | 'not_found'
  /** The network or the disk failed. Nothing changed. */
  | 'failed';

export class DeskError extends Error {
  override readonly name = 'DeskError';
  constructor(
    readonly kind: DeskErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns anything thrown into a DeskError, keeping readable messages and hiding stack traces. */
export function asDeskError(error: unknown, context: string): DeskError {
  if (error instanceof DeskError) return error;
  const code = (error as { code?: string } | null)?.code;
  const reason = describeSystemError(code) ?? (error instanceof Error ? error.message : String(error));
  return new DeskError('failed', `${context}: ${reason}`, { cause: error });
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'the file or folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EISDIR: 'that is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was cut',
  ENOTFOUND: 'the server name could not be found (are you offline?)',
  EAI_AGAIN: 'the server name could not be looked up (are you offline?)',
  ENETUNREACH: 'the network is unreachable (are you offline?)',
  EHOSTUNREACH: 'the server is unreachable (are you offline?)',
  ETIMEDOUT: 'the connection timed out',
  SQLITE_FULL: 'the disk is full',
  SQLITE_READONLY: 'the data file is read-only',
  SQLITE_CORRUPT: 'the data file is damaged',
  SQLITE_NOTADB: 'the file is not a Delegate Desk data file',
  SQLITE_BUSY: 'another program (Delegate Desk, or a second command line) was writing to the data file and did not finish in time; try again in a moment',
  SQLITE_IOERR: 'the disk could not be read or written',
};

export function describeSystemError(code: string | undefined): string | undefined {
  if (!code) return undefined;
  // SQLite's extended codes (SQLITE_IOERR_FSYNC, SQLITE_BUSY_SNAPSHOT...) say the same to a delegate.
  const family = code.match(/^SQLITE_(IOERR|BUSY)_/)?.[0].slice(0, -1);
  return SYSTEM_ERRORS[code] ?? (family ? SYSTEM_ERRORS[family] : undefined);
}
