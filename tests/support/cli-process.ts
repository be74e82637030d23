// `delegate-desk` as a delegate or a script runs it: a separate process, its stdout, stderr and
// exit code. Each start costs about a second (tsx compiles the sources), so a few run at a time:
// enough to overlap the start-ups, not so many that they starve on a shared machine.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'delegate-desk.mjs');

/** Generous: on a busy machine one start can take several seconds. */
export const SLOW = 300_000;

let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= Math.max(2, availableParallelism() + 1)) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Runs processes from `tmp`, never with the real per-user store: a default path, if one were
 * ever used, lands in the temp folder.
 */
export function processRunner(tmp: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: join(tmp, 'config'), APPDATA: join(tmp, 'config') };
  delete env.DELEGATE_DESK_DB;

  function exec(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<Run> {
    return slot(
      () =>
        new Promise<Run>((resolve, reject) => {
          const child = spawn(command, args, { cwd: options.cwd ?? tmp, env: options.env ?? env, timeout: options.timeoutMs ?? 180_000 });
          let stdout = '';
          let stderr = '';
          child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
          child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
          child.on('error', reject);
          child.on('close', (status) => resolve({ status, stdout, stderr }));
        }),
    );
  }

  /** `delegate-desk --db <db> ...args`. */
  function cli(db: string, ...args: string[]): Promise<Run> {
    return exec(process.execPath, [BIN, '--db', db, ...args]);
  }

  return { env, exec, cli };
}

/** `delegate-desk --db <store> ...args` through the CLI's main() in this process: no start-up cost. */
export async function runInProcess(store: string, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(['--db', store, ...args], {
    out: (s) => void (stdout += `${s}\n`),
    err: (s) => void (stderr += `${s}\n`),
    isTerminal: false,
  });
  return { status, stdout, stderr };
}
