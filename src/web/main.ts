// `npm run web`: Delegate Desk in the browser. Opens the store (the same one the CLI and the
// desktop app use, or --db PATH / DELEGATE_DESK_DB), loads the sample into a new one, starts the
// host and prints the link to open, token included, on a line of its own.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Desk } from '../desk/desk';
import { createHandlers } from '../api/handlers';
import { resolveStorePath } from '../store/data-folder';
import { DeskError } from '../desk-error';
import { restoreAdvice } from '../backups/restore-advice';
import { startWebHost } from './host';
import packageJson from '../../package.json' with { type: 'json' };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('Usage: npm run web -- [--db PATH] [--port N]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageProblem('--port takes a number from 0 to 65535');

  const storePath = resolveStorePath(values.db);
  const desk = await Desk.open({
    storePath,
    mode: 'browser',
    version: packageJson.version,
    seedSample: true,
    schedule: true,
    backUp: true,
  }).catch((error: unknown) => {
    throw error instanceof DeskError ? new DeskError(error.kind, `${error.message}.\n${restoreAdvice(storePath)}`) : error;
  });
  const host = await startWebHost({
    handlers: createHandlers(desk),
    rendererDir: fileURLToPath(new URL('../../out/renderer/', import.meta.url)),
    port,
    files: desk.storedFiles,
  });
  process.stdout.write(`Delegate Desk is running in your browser at:\n${host.url}\n`);
  process.stderr.write(`Data file: ${desk.options.storePath}\nStop with Ctrl+C.\n`);

  const stop = () => {
    void host.close().then(() => {
      desk.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

class UsageProblem extends Error {}

main().catch((error: unknown) => {
  const message =
    error instanceof DeskError || error instanceof UsageProblem
      ? error.message
      : (error as { code?: string }).code === 'EADDRINUSE'
        ? 'that port is already in use; choose another with --port, or leave it out to take a free one'
        : String((error as Error).message ?? error);
  process.stderr.write(`delegate-desk web: ${message}\n`);
  process.exit((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || error instanceof UsageProblem ? 2 : 1);
});
