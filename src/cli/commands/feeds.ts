import type { Command } from 'commander';
import type { CliContext } from '../context';
import { UsageError, type Runner } from '../main';
import { json, table } from '../output';
import { findSubscription, listSubscriptions, removeSubscription, saveSubscription, sourceUrl } from '../../sync/subscriptions';
import { displayUrl } from '../../feed/feed-error';
import { readKey } from './sync';

export function registerFeeds(program: Command, ctx: CliContext, run: Runner): void {
  const feeds = program.command('feeds').description('the feeds this store follows');

  feeds
    .command('add <url>')
    .description('follow a feed (a URL or a local file); sync it with `delegate-desk sync`')
    .option('--key <key>', "pin the publisher's public key (PEM or base64, or a file holding it)")
    .action(
      run((url: string, opts: { key?: string }) => {
        const address = sourceUrl(url);
        const before = findSubscription(ctx.store(), address);
        const s = saveSubscription(ctx.store(), address, { publicKey: opts.key === undefined ? null : readKey(opts.key) });
        // A pin replaced is said as such: the delegate should know the pages now trusted are
        // those signed with another key, not read "added" and think nothing changed.
        if (before === null) ctx.output.out(`Feed ${s.id} added: ${displayUrl(s.url)}${s.publicKey ? ' (publisher key pinned)' : ''}`);
        else if (before.publicKey === s.publicKey) ctx.output.out(`Feed ${s.id} is already followed: ${displayUrl(s.url)}${s.publicKey ? ' (publisher key pinned)' : ''}`);
        else {
          ctx.output.out(
            `Feed ${s.id} is already followed: ${displayUrl(s.url)}. ` +
              (before.publicKey ? 'Its publisher key is replaced' : 'Its publisher key is now pinned') +
              ': its next sync accepts only pages signed with the key given.',
          );
        }
      }),
    );

  feeds
    .command('list')
    .description('the feeds followed, with the outcome of their last sync')
    .option('--json', 'print as JSON')
    .action(
      run((opts: { json?: boolean }) => {
        const list = listSubscriptions(ctx.store());
        if (opts.json) return void ctx.output.out(json(list));
        if (list.length === 0) return void ctx.output.out('No feeds yet. Add one with `delegate-desk feeds add URL`.');
        ctx.output.out(
          table(
            list.map((s) => [
              String(s.id),
              s.publicKey ? 'pinned' : '-',
              s.lastSyncedAt ? `${s.lastOutcome} ${s.lastSyncedAt.slice(0, 16).replace('T', ' ')}` : 'never synced',
              displayUrl(s.url) + (s.isSample ? ' (sample)' : ''),
            ]),
            ['ID', 'KEY', 'LAST SYNC', 'SOURCE'],
          ),
        );
      }),
    );

  feeds
    .command('remove <id>')
    .description('stop following a feed (its papers and your notes stay)')
    .action(
      run((id: string) => {
        if (!/^\d+$/.test(id)) throw new UsageError(`a feed id is a number (see \`delegate-desk feeds list\`), not "${id}"`);
        removeSubscription(ctx.store(), Number(id));
        ctx.output.out(`Feed ${id} removed. Its records stay in the store.`);
      }),
    );
}
