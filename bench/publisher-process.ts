// Starts bench/publisher.ts as a child process and talks to it, one command at a time.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SyntheticFeedOptions } from '../src/feed/synth';
import type { PublisherCommand } from './publisher';

export class PublisherProcess {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error !== undefined) waiter?.reject(new Error(`publisher: ${message.error}`));
      else waiter?.resolve(message.result);
    });
    child.on('exit', (code) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(`the publisher process ended (${code})`));
      this.waiting.clear();
    });
  }

  static async start(): Promise<PublisherProcess> {
    const child = fork(fileURLToPath(new URL('./publisher.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const publisher = new PublisherProcess(child);
    await new Promise<void>((resolve, reject) => {
      publisher.waiting.set(0, { resolve: () => resolve(), reject });
    });
    return publisher;
  }

  write(dir: string, options: SyntheticFeedOptions): Promise<{ pages: string[]; bytes: number; ms: number }> {
    return this.send({ do: 'write', dir, options }) as Promise<{ pages: string[]; bytes: number; ms: number }>;
  }

  serve(dir: string, options: { port?: number; conditional?: boolean } = {}): Promise<{ url: string; port: number }> {
    return this.send({ do: 'serve', dir, port: options.port ?? 0, conditional: options.conditional ?? true }) as Promise<{
      url: string;
      port: number;
    }>;
  }

  /** The answers given since the last call, by HTTP status. */
  takeCounts(): Promise<Record<number, number>> {
    return this.send({ do: 'counts' }) as Promise<Record<number, number>>;
  }

  async exit(): Promise<void> {
    await this.send({ do: 'exit' }).catch(() => undefined);
  }

  private send(command: PublisherCommand): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, command });
    });
  }
}
