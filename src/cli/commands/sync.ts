import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { EXIT } from '../exit-codes';
import { json } from '../output';
import { UsageError, type Runner } from '../main';
import { syncAll, syncSource, type SyncResult } from '../../sync/sync';
import { findSubscription, sourceUrl } from '../../sync/subscriptions';
import { RECORD_KINDS } from '../../sync/counts';
import { formatBytes } from '../../sync/fetch-page';
import { progressLine } from '../progress';

export function registerSync(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command('sync [source]')
    .description('fetch a feed (a URL or a file) and apply it; without a source, every saved feed')
    .option('--key <key>', "the publisher's public key to pin (PEM or base64), or a file holding it")
    .option('--json', 'print the result as JSON')
    .action(
      run(async (source: string | undefined, opts: { key?: string; json?: boolean }) => {
        const db = ctx.store();
        const progress = progressLine(ctx.output, !opts.json);
        const key = opts.key === undefined ? undefined : readKey(opts.key);
        let results: SyncResult[];
        // A pin replaced by this sync is said: the pages trusted from now on are another key's.
        const pinBefore = source && key ? findSubscription(db, sourceUrl(source))?.publicKey : undefined;
        try {
          if (source) {
            results = [await syncSource(db, source, { key, onProgress: progress.update })];
          } else {
            results = await syncAll(db, { onProgress: progress.update });
          }
        } finally {
          progress.done();
        }
        if (!source && results.length === 0) {
          ctx.output.err('No feeds to sync yet: add one with `delegate-desk feeds add URL`, or sync a file or URL directly.');
          if (opts.json) ctx.output.out(json([]));
          return EXIT.ok;
        }
        if (opts.json) {
          const shaped = results.map(toJson);
          ctx.output.out(json(source ? shaped[0] : shaped));
        } else {
          for (const r of results) report(ctx, r);
          const pinAfter = pinBefore !== undefined ? findSubscription(db, sourceUrl(source!))?.publicKey : undefined;
          if (pinBefore !== undefined && pinAfter !== pinBefore) {
            ctx.output.out(pinBefore ? "The feed's publisher key is replaced by the one given." : "The feed's publisher key is now pinned.");
          }
        }
        return Math.max(...results.map((r) => (r.status === 'failed' ? EXIT.failed : r.status === 'rejected' ? EXIT.rejected : EXIT.ok)));
      }),
    );
}

/**
 * A key given inline, or the path of a file that holds one. A blank one is a mistake, not "no key":
 * `--key "$(cat publisher.pub)"` with a missing file would otherwise sync with nothing pinned while
 * the delegate believes the publisher's key is.
 */
export function readKey(value: string): string {
  const isFile = !value.includes('\n') && value.length < 512 && existsSync(value);
  const key = isFile ? readFileSync(value, 'utf8') : value;
  if (key.trim() === '') {
    throw new UsageError(
      isFile
        ? `--key: the file ${value} is empty; give the publisher's public key`
        : "--key is empty: give the publisher's public key (PEM or base64), or a file holding it",
    );
  }
  return key;
}

function toJson(r: SyncResult) {
  return {
    status: r.status,
    source: r.source,
    ...r.counts,
    pages: r.pages,
    bytes: r.bytes,
    duration_ms: r.durationMs,
    ...(r.error ? { error: r.error } : {}),
  };
}

const SINGULAR: Record<(typeof RECORD_KINDS)[number], string> = {
  documents: 'document',
  meetings: 'meeting',
  agenda_items: 'agenda item',
  contacts: 'contact',
  work_streams: 'work stream',
};

function report(ctx: CliContext, r: SyncResult): void {
  const stats = `${r.pages} page${r.pages === 1 ? '' : 's'}, ${formatBytes(r.bytes)}, ${r.durationMs} ms`;
  if (r.status === 'rejected' || r.status === 'failed') {
    ctx.output.err(`${r.source}: ${r.status === 'rejected' ? 'rejected' : 'failed'}: ${r.error}`);
    ctx.output.err('Nothing was changed.');
    return;
  }
  const changes = RECORD_KINDS.flatMap((k) => {
    const c = r.counts[k];
    const label = (n: number) => `${n} ${n === 1 ? SINGULAR[k] : k.replace('_', ' ')}`;
    return [
      c.added && `${label(c.added)} added`,
      c.updated && `${label(c.updated)} updated`,
      c.deleted && `${label(c.deleted)} deleted`,
      c.archived && `${label(c.archived)} archived`,
    ].filter(Boolean);
  });
  const what = r.status === 'unchanged' ? 'already up to date' : changes.join(', ');
  ctx.output.out(`${r.source}: ${what} (${stats})`);
}
