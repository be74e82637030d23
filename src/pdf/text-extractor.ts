// Reads the text of stored PDFs in the background, one file at a time, so that search finds the
// words inside papers. pdf.js parses in a worker thread (extract-worker.ts): a large or hostile
// PDF costs that thread's time, never the event loop of the process serving the delegate. The
// store is written here, by its owner, in one transaction per file (store-text.ts).
//
// A file that cannot be read (locked by a password, damaged, too slow, or crashing the parser) is
// recorded as failed with the reason, and the queue goes on with the next one.
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/open';
import { FileStore } from '../attachments/file-store';
import type { ExtractionRequest, ExtractionResult } from './extract-protocol';
import { markPending, storeExtracted, storeFailed, textState } from './store-text';

export interface TextExtracted {
  sha256: string;
  status: 'extracted' | 'failed';
  /** Pages read, when extracted. */
  pageCount: number | null;
  /** Why not, in the delegate's words, when failed. */
  error: string | null;
}

export interface TextExtractorOptions {
  db: Store;
  /** `<dataFolder>/files`, where the stored files are (src/attachments/file-store.ts). */
  filesFolder: string;
  /** Told after each file, so what shows or anchors on its text can refresh. */
  onTextExtracted?: (result: TextExtracted) => void;
  /**
   * The worker's script. By default extract-worker.ts beside this file, run through tsx (the CLI,
   * the browser mode and the tests run the sources). The desktop app's bundle passes its built
   * worker (electron-vite's `?modulePath` import of ./extract-worker).
   */
  workerEntry?: string | URL;
  /** A file whose text takes longer than this is given up (its worker is stopped). */
  timeLimitMs?: number;
  /** How long an idle worker is kept for the next file before it is stopped (its memory freed). */
  lingerMs?: number;
}

export interface TextExtractor {
  /** Reads this stored file's text, unless it was already read. Anything but a PDF is ignored. */
  enqueue(sha256: string): void;
  /** Files waiting or being read. */
  pending(): number;
  /** Resolves when nothing is waiting or being read. */
  idle(): Promise<void>;
  /** Stops the worker; a file being read stays 'pending' and is read on the next start. */
  close(): Promise<void>;
}

const PDF = 'application/pdf';
const DEFAULT_TIME_LIMIT_MS = 120_000;
// Downloads finish one after another: starting a worker (and pdf.js) for each would cost more
// than reading a short paper.
const DEFAULT_LINGER_MS = 30_000;
export const TOO_SLOW_MESSAGE = 'Reading the text of this PDF took too long; it cannot be searched.';

/**
 * Starts the extractor. It takes up at once what an earlier run left: stored PDFs whose text was
 * never read, or was being read when the app closed.
 */
export function createTextExtractor(options: TextExtractorOptions): TextExtractor {
  // From a bundle, this file is not beside extract-worker.ts: the bundle must name its built worker.
  if (options.workerEntry === undefined && !import.meta.url.endsWith('.ts')) {
    throw new Error('createTextExtractor needs workerEntry when it runs from a bundle (the built extract-worker)');
  }
  const { db } = options;
  const files = new FileStore(options.filesFolder);
  const timeLimit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const queue: string[] = [];
  let current: string | null = null;
  let worker: Worker | null = null;
  let timer: NodeJS.Timeout | null = null;
  let lingering: NodeJS.Timeout | null = null;
  let closed = false;
  let waiters: (() => void)[] = [];

  const isPdf = db.prepare('SELECT 1 FROM stored_files WHERE sha256 = ? AND mime_type = ?').pluck();

  function enqueue(sha256: string): void {
    if (closed || current === sha256 || queue.includes(sha256)) return;
    if (!isPdf.get(sha256, PDF)) return;
    if (textState(db, sha256)?.status === 'extracted') return;
    markPending(db, sha256);
    queue.push(sha256);
    next();
  }

  function next(): void {
    if (closed || current !== null) return;
    const sha256 = queue.shift();
    if (sha256 === undefined) {
      // Nothing left: the worker no longer keeps the process alive, and goes after a while.
      worker?.unref();
      if (lingering) clearTimeout(lingering);
      lingering = setTimeout(() => void stopWorker(), options.lingerMs ?? DEFAULT_LINGER_MS).unref();
      for (const resolve of waiters.splice(0)) resolve();
      return;
    }
    if (lingering) clearTimeout(lingering);
    lingering = null;
    current = sha256;
    const request: ExtractionRequest = { sha256, path: files.pathOf(sha256) };
    timer = setTimeout(() => {
      void stopWorker();
      finish({ sha256, error: TOO_SLOW_MESSAGE });
    }, timeLimit);
    ensureWorker().postMessage(request);
  }

  function ensureWorker(): Worker {
    // Referenced while it reads, so a command line run waiting on idle() does not end meanwhile.
    if (worker) {
      worker.ref();
      return worker;
    }
    const started = startWorker(options.workerEntry);
    started.on('message', (result: ExtractionResult) => {
      if (started === worker && result.sha256 === current) finish(result);
    });
    // A parser crash or an out-of-memory end of the thread fails the file it was reading.
    started.on('error', (error) => {
      if (started !== worker) return;
      worker = null;
      if (current) finish({ sha256: current, error: `The text of this PDF could not be read (${error.message}).` });
    });
    started.on('exit', () => {
      if (started !== worker) return;
      worker = null;
      if (current) finish({ sha256: current, error: 'The text of this PDF could not be read (the reader stopped).' });
    });
    worker = started;
    return started;
  }

  async function stopWorker(): Promise<void> {
    const stopping = worker;
    worker = null;
    if (stopping) await stopping.terminate();
  }

  function finish(result: ExtractionResult): void {
    if (timer) clearTimeout(timer);
    timer = null;
    current = null;
    const outcome: TextExtracted =
      'pages' in result
        ? { sha256: result.sha256, status: 'extracted', pageCount: result.pages.length, error: null }
        : { sha256: result.sha256, status: 'failed', pageCount: null, error: result.error };
    try {
      if ('pages' in result) storeExtracted(db, result.sha256, result.pages);
      else storeFailed(db, result.sha256, result.error);
    } catch (error) {
      // The store could not be written (disk full, closed): the file stays pending for next time.
      if (!closed) console.error(`Could not keep the text of file ${result.sha256}:`, error);
      next();
      return;
    }
    try {
      options.onTextExtracted?.(outcome);
    } catch (error) {
      console.error('A listener of extracted texts failed:', error);
    }
    next();
  }

  // What an earlier run left undone.
  const waiting = db
    .prepare(
      `SELECT f.sha256 FROM stored_files f LEFT JOIN file_texts t ON t.sha256 = f.sha256
       WHERE f.mime_type = ? AND (t.sha256 IS NULL OR t.status = 'pending') ORDER BY f.stored_at, f.sha256`,
    )
    .pluck()
    .all(PDF) as string[];
  for (const sha256 of waiting) enqueue(sha256);

  return {
    enqueue,
    pending: () => queue.length + (current === null ? 0 : 1),
    idle: () => (current === null && queue.length === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    async close() {
      closed = true;
      queue.length = 0;
      current = null;
      if (timer) clearTimeout(timer);
      if (lingering) clearTimeout(lingering);
      await stopWorker();
      for (const resolve of waiters.splice(0)) resolve();
      waiters = [];
    },
  };
}

/**
 * A worker on the given script, or on extract-worker.ts through tsx: a worker thread does not
 * inherit the tsx loader its parent registered, so a small bootstrap registers it first. pdf.js
 * (and its parser, which it would load later) are loaded before that, as they are: through tsx,
 * their megabytes of JavaScript would be transformed on every start, six times slower.
 */
function startWorker(entry: string | URL | undefined): Worker {
  if (entry !== undefined) return new Worker(entry);
  const first = ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs', 'tsx/esm/api'].map((m) => import.meta.resolve(m));
  const script = new URL('./extract-worker.ts', import.meta.url).href;
  const boot =
    `(async () => { for (const m of ${JSON.stringify(first.slice(0, 2))}) await import(m);` +
    ` (await import(${JSON.stringify(first[2])})).register(); await import(${JSON.stringify(script)}); })();`;
  // Without the parent's flags: a `--import tsx` there would route pdf.js through tsx after all.
  return new Worker(boot, { eval: true, execArgv: [] });
}
