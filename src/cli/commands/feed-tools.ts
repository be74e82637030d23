// The publisher's tools: check a feed page, make a key pair, sign a page, serve a folder, and
// write a synthetic feed for benchmarks.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { makeFolders } from '../../files/make-folders';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { EXIT } from '../exit-codes';
import { UsageError, type Runner } from '../main';
import { json } from '../output';
import { DeskError, asDeskError } from '../../desk-error';
import { readPage } from '../../feed/read-page';
import { generatePublisherKeys, parsePublicKey, signPage, verifyPage } from '../../feed/signature';
import { PUBLIC_FILE, writeFileAtomic } from '../../files/write-atomic';
import { readKey } from './sync';

export function registerFeedTools(program: Command, ctx: CliContext, run: Runner): void {
  const feed = program.command('feed').description('tools for publishing a feed');

  feed
    .command('validate <file>')
    .description('check one feed page against feed format v1 (and its .sig, with --key)')
    .option('--key <key>', "verify FILE.sig with the publisher's public key (PEM or base64, or a file)")
    .option('--json', 'print the result as JSON')
    .action(
      run(async (file: string, opts: { key?: string; json?: boolean }) => {
        const bytes = await readInput(file);
        const records = readPage(bytes, { page: 1, url: pathToFileURL(resolve(file)).href });
        let signature: 'valid' | 'not checked' = 'not checked';
        if (opts.key !== undefined) {
          const key = parsePublicKey(readKey(opts.key));
          if (!existsSync(`${file}.sig`)) throw new DeskError('rejected', `${file}.sig is missing`);
          if (!verifyPage(bytes, await readFile(`${file}.sig`, 'utf8'), key)) {
            throw new DeskError('rejected', `${file}.sig does not match this page and key`);
          }
          signature = 'valid';
        }
        const summary = {
          valid: true,
          documents: records.documents.length,
          meetings: records.meetings.length,
          agenda_items: records.agendaItems.length,
          contacts: records.contacts.length,
          work_streams: records.workStreams.length,
          deleted: records.tombstones.length,
          next_url: records.nextUrl,
          signature,
        };
        if (opts.json) return void ctx.output.out(json(summary));
        ctx.output.out(
          `${file} is a valid feed page: ${summary.documents} documents, ${summary.meetings} meetings, ` +
            `${summary.agenda_items} agenda items, ${summary.contacts} contacts, ${summary.work_streams} work streams, ` +
            `${summary.deleted} deletions. Signature: ${signature}.` +
            (summary.next_url ? `\nNext page: ${summary.next_url}` : ''),
        );
      }),
    );

  feed
    .command('keygen')
    .description('make an Ed25519 key pair for signing a feed: PREFIX.key (keep it secret) and PREFIX.pub')
    .requiredOption('--out <prefix>', 'where to write the keys, e.g. keys/publisher')
    .action(
      run(async (opts: { out: string }) => {
        const keys = generatePublisherKeys();
        if (existsSync(`${opts.out}.key`)) throw new DeskError('rejected', `${opts.out}.key already exists; not overwriting a private key`);
        // `--out keys/publisher` makes keys/ when it is new, readable by its owner only: it holds a secret.
        makeFolders(dirname(opts.out), 0o700);
        await writeFileAtomic(`${opts.out}.key`, keys.privateKeyPem);
        await writeFileAtomic(`${opts.out}.pub`, keys.publicKeyPem, PUBLIC_FILE);
        ctx.output.out(
          `Private key: ${opts.out}.key (keep it secret)\nPublic key:  ${opts.out}.pub\n` +
            `Readers pin it with: delegate-desk feeds add URL --key ${keys.publicKeyBase64}`,
        );
      }),
    );

  feed
    .command('sign <file>')
    .description('sign a feed page; writes FILE.sig beside it')
    .requiredOption('--key <private>', 'the private key file from `feed keygen`')
    .action(
      run(async (file: string, opts: { key: string }) => {
        const bytes = await readInput(file);
        const privateKey = await readInput(opts.key);
        let signature: string;
        try {
          signature = signPage(bytes, privateKey.toString('utf8'));
        } catch (error) {
          throw new DeskError('rejected', `${opts.key} is not an Ed25519 private key`, { cause: error });
        }
        await writeFileAtomic(`${file}.sig`, `${signature}\n`, PUBLIC_FILE);
        ctx.output.out(`Signed: ${file}.sig`);
      }),
    );

  feed
    .command('serve <dir>')
    .description('serve a feed folder on 127.0.0.1 (ETag, Last-Modified, .sig files) until stopped')
    .option('--port <n>', 'port to listen on (default: a free one)')
    .action(
      run(async (dir: string, opts: { port?: string }) => {
        const port = opts.port === undefined ? 0 : Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a number from 0 to 65535');
        if (!existsSync(dir)) throw new DeskError('failed', `the folder ${dir} does not exist`);
        const { serveFeedFolder } = await import('../../feed/serve');
        const server = await serveFeedFolder(resolve(dir), { port });
        ctx.output.out(`Serving ${resolve(dir)} at ${server.url} (Ctrl+C to stop)`);
        await new Promise<void>((done) => {
          const stop = () => void server.close().then(done);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        return EXIT.ok;
      }),
    );

  feed
    .command('synth')
    .description('write a synthetic feed (for benchmarks and trials), in pages')
    .requiredOption('--out <dir>', 'folder to write into')
    .option('--documents <n>', 'documents', '1000')
    .option('--meetings <n>', 'meetings', '100')
    .option('--agenda-items <n>', 'agenda items', '1000')
    .option('--contacts <n>', 'contacts', '200')
    .option('--page-size <n>', 'records per page at most', '1000')
    .option('--seed <n>', 'random seed (same seed, same feed)', '1')
    .action(
      run(async (opts: Record<string, string>) => {
        const n = (name: string) => {
          const value = Number(opts[name]);
          if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name} takes a whole number`);
          return value;
        };
        const { writeSyntheticFeed } = await import('../../feed/synth');
        const result = await writeSyntheticFeed(resolve(opts.out!), {
          documents: n('documents'),
          meetings: n('meetings'),
          agendaItems: n('agendaItems'),
          contacts: n('contacts'),
          pageSize: n('pageSize'),
          textBytes: 6000,
          seed: n('seed'),
        });
        ctx.output.out(`Wrote ${result.pages.length} pages (${Math.round(result.bytes / 1024)} KB) to ${opts.out}`);
      }),
    );
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw asDeskError(error, `Could not read ${path}`);
  }
}

