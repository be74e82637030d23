// Peak memory while something runs. A sync applies its pages in one synchronous transaction,
// during which the main thread runs no timers at all: so the resident set is sampled from a
// worker thread (RSS is one figure for the whole process, whichever thread reads it), and the
// heap, which only the main thread can see, at each progress callback of the sync.
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
let max = process.memoryUsage.rss();
let samples = 1;
const timer = setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > max) max = rss;
  samples++;
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  parentPort.postMessage({ maxRss: Math.max(max, process.memoryUsage.rss()), samples });
});
`;

export interface MemoryPeak {
  /** Highest resident set size seen, bytes. */
  maxRss: number;
  samples: number;
  /** Highest V8 heap in use seen at the sampled points, bytes. */
  maxHeap: number;
  /** Highest memory outside the V8 heap (Buffers and the like) at those points, bytes. */
  maxExternal: number;
}

export class MemoryWatch {
  private readonly worker: Worker;
  private maxHeap = 0;
  private maxExternal = 0;

  constructor(intervalMs = 20) {
    this.worker = new Worker(SAMPLER, { eval: true, workerData: { intervalMs } });
    this.sampleHeap();
  }

  /** Called from the main thread as often as it can (the sync's progress callback). */
  sampleHeap(): void {
    const usage = process.memoryUsage();
    this.maxHeap = Math.max(this.maxHeap, usage.heapUsed);
    this.maxExternal = Math.max(this.maxExternal, usage.external);
  }

  async stop(): Promise<MemoryPeak> {
    this.sampleHeap();
    const reply = new Promise<{ maxRss: number; samples: number }>((resolve) => this.worker.once('message', resolve));
    this.worker.postMessage('stop');
    const { maxRss, samples } = await reply;
    await this.worker.terminate();
    return { maxRss, samples, maxHeap: this.maxHeap, maxExternal: this.maxExternal };
  }
}
