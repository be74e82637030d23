// `attachments list` and `attachments fetch`: the papers' files kept on this device, and fetching
// them now, in the foreground, with the same checks (sha256, size, limits) as the app.
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { EXIT, exitCodeFor } from '../exit-codes';
import { json, table } from '../output';
import { UsageError, type Runner } from '../main';
import { progressLine } from '../progress';
import { formatBytes } from '../../sync/fetch-page';
import { listCopies, type AttachmentRef } from '../../attachments/copies';
import { FILES_FOLDER, FileStore } from '../../attachments/file-store';
import { createAttachmentWork } from '../../desk/attachment-work';
import type { AttachmentCopy } from '../../api/types';

/** A foreground fetch tries a passing failure again a few times, briefly, rather than for an hour. */
const CLI_BACKOFF = (attempts: number) => Math.min(500 * 2 ** (attempts - 1), 4_000);
const CLI_ATTEMPTS = 4;

export function registerAttachments(program: Command, ctx: CliContext, run: Runner): void {
  const attachments = program.command('attachments').description("the papers' files kept on this device for offline reading");

  attachments
    .command('list [document-id]')
    .description("every paper's attachments (or one paper's) and whether each is on this device")
    .option('--json', 'print as JSON')
    .action(
      run((documentId: string | undefined, opts: { json?: boolean }) => {
        const copies = listCopies(ctx.store(), documentId);
        if (opts.json) return void ctx.output.out(json(copies));
        if (copies.length === 0) return void ctx.output.out(documentId ? `The paper ${documentId} has no attachments.` : 'No paper has attachments yet.');
        ctx.output.out(
          table(
            copies.map((c) => [c.documentId, describeState(c), c.sizeInBytes === null ? '-' : formatBytes(c.sizeInBytes), c.title ?? c.url]),
            ['DOCUMENT', 'ON THIS DEVICE', 'SIZE', 'ATTACHMENT'],
          ),
        );
      }),
    );

  attachments
    .command('fetch [document-id]')
    .description("download a paper's attachments now (whatever the feed's policy), or with --all every one not on this device")
    .option('--all', 'every attachment not on this device yet (those you removed only when their paper is named)')
    .action(
      run(async (documentId: string | undefined, opts: { all?: boolean }) => {
        if ((documentId === undefined) === !opts.all) throw new UsageError('name one paper, or use --all (not both)');
        const db = ctx.store();
        const wanted = listCopies(db, documentId).filter((c) => (documentId !== undefined || c.state !== 'removed') && needsFetch(c));
        if (wanted.length === 0) {
          ctx.output.err(documentId ? `Every attachment of ${documentId} is already on this device.` : 'Every attachment is already on this device.');
          return EXIT.ok;
        }
        const files = new FileStore(join(dirname(ctx.storePath), FILES_FOLDER));
        // As in the app: a stored PDF's text is read for search, and highlights follow a new version.
        const { downloads: manager, texts } = createAttachmentWork(db, files, {
          downloads: { concurrency: 1, backoffMs: CLI_BACKOFF, maxAttempts: CLI_ATTEMPTS },
          onTextExtracted: (r) => {
            if (r.status === 'failed') ctx.output.err(`A PDF's text could not be read: ${r.error}`);
          },
        });
        const progress = progressLine(ctx.output, true);
        let exit: number = EXIT.ok;
        for (const [i, copy] of wanted.entries()) {
          const name = copy.title ?? copy.url;
          const ref: AttachmentRef = { documentId: copy.documentId, url: copy.url };
          const { copy: after, problem } = await manager.fetchNow(ref, (p) =>
            progress.show(`${i + 1}/${wanted.length} ${name}: ${formatBytes(p.bytesReceived)}${p.bytesTotal ? ` of ${formatBytes(p.bytesTotal)}` : ''}`),
          );
          progress.done();
          if (problem === null) {
            ctx.output.err(`${copy.documentId}: ${name}: stored (${formatBytes(after.bytesReceived)}).`);
          } else {
            ctx.output.err(`${copy.documentId}: ${name}: ${after.error ?? 'not downloaded'}`);
            exit = Math.max(exit, exitCodeFor(problem));
          }
        }
        if (texts.pending() > 0) ctx.output.err('Reading the text of the PDFs, for search…');
        await texts.idle();
        await texts.close();
        return exit;
      }),
    );
}

/** Not on the device, or on it in an older version than the feed lists. */
function needsFetch(c: AttachmentCopy): boolean {
  if (c.state !== 'stored') return true;
  return c.sha256 !== null && c.sha256.toLowerCase() !== c.storedSha256;
}

function describeState(c: AttachmentCopy): string {
  switch (c.state) {
    case 'stored':
      return needsFetch(c) ? 'stored (newer version listed)' : 'stored';
    case 'failed':
      return 'failed';
    case 'removed':
      return 'removed by you';
    case 'queued':
      return c.nextAttemptAt ? 'waiting to try again' : 'waiting';
    case 'downloading':
      return `downloading ${c.bytesTotal ? `${Math.floor((100 * c.bytesReceived) / c.bytesTotal)}%` : formatBytes(c.bytesReceived)}`;
    default:
      return 'not downloaded';
  }
}
