// Memory for the pages of one sync, used again from page to page. Fresh memory for each page cost
// more than copying the page into it: the system hands out new memory 4 KB at a time, on first
// touch. Measured on a 154 MB feed: copying its pages into fresh buffers took 136–420 ms, into
// buffers used again 18 ms, and a resync without ETag spent 43 % of its time there. A sync reads
// one page at a time and asks a few ahead, so a handful of buffers serve all of its pages; the
// same holds when it reads its checked pages back from the spool (spool.ts) to apply them.
export class PageBuffers {
  private readonly free: ArrayBuffer[] = [];
  private readonly lent = new WeakSet<ArrayBuffer>();

  /** A buffer of exactly `size` bytes, over memory used before when some is free. */
  take(size: number): Buffer {
    const at = this.free.findIndex((memory) => memory.byteLength >= size);
    const memory = at >= 0 ? this.free.splice(at, 1)[0]! : Buffer.allocUnsafeSlow(roomFor(size)).buffer;
    this.lent.add(memory);
    return Buffer.from(memory, 0, size);
  }

  /**
   * Takes back a buffer from take(), once nothing refers to its bytes any more: they will be
   * overwritten. Any other buffer is left alone.
   */
  give(bytes: Buffer): void {
    const memory = bytes.buffer as ArrayBuffer;
    if (!this.lent.delete(memory)) return;
    this.free.push(memory);
    // The pages in flight at once bound how many are lent; this bounds what waits unused.
    if (this.free.length > MAX_FREE) {
      this.free.sort((a, b) => b.byteLength - a.byteLength);
      this.free.length = MAX_FREE;
    }
  }
}

const MAX_FREE = 8;
const ROUND = 256 * 1024;

/** A little more than asked, so that the next page, a few bytes longer, fits too. */
function roomFor(size: number): number {
  return Math.ceil((size * 1.125) / ROUND) * ROUND || ROUND;
}
