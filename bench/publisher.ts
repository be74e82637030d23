// The publisher's side of the benchmark, run in a process of its own (see publisher-process.ts):
// it writes the synthetic feed and serves it over HTTP. Kept out of the measured process so that
// the server's reading and hashing neither slow the sync down nor count in its memory, as on a
// real web server.
import { serveFeedFolder, type FeedServer } from '../src/feed/serve';
import { writeSyntheticFeed, type SyntheticFeedOptions } from '../src/feed/synth';

export type PublisherCommand =
  | { do: 'write'; dir: string; options: SyntheticFeedOptions }
  | { do: 'serve'; dir: string; port: number; conditional: boolean }
  | { do: 'stop-serving' }
  | { do: 'counts' }
  | { do: 'exit' };

let server: FeedServer | null = null;
let counts: Record<number, number> = {};

async function run(command: PublisherCommand): Promise<unknown> {
  switch (command.do) {
    case 'write': {
      const start = performance.now();
      const feed = await writeSyntheticFeed(command.dir, command.options);
      return { ...feed, ms: performance.now() - start };
    }
    case 'serve':
      await server?.close();
      server = await serveFeedFolder(command.dir, {
        port: command.port,
        conditional: command.conditional,
        onResponse: ({ status }) => (counts[status] = (counts[status] ?? 0) + 1),
      });
      return { url: server.url, port: server.port };
    case 'stop-serving':
      await server?.close();
      server = null;
      return null;
    case 'counts': {
      const taken = counts;
      counts = {};
      return taken;
    }
    case 'exit':
      await server?.close();
      setImmediate(() => process.exit(0));
      return null;
  }
}

process.on('message', (message: { id: number; command: PublisherCommand }) => {
  run(message.command).then(
    (result) => process.send!({ id: message.id, result }),
    (error: unknown) => process.send!({ id: message.id, error: String((error as Error)?.stack ?? error) }),
  );
});
process.send!({ id: 0, result: 'ready' });
