import { describe, expect, it } from 'vitest';
import { PageBuffers } from './page-buffers';

describe('page buffers', () => {
  it('gives buffers of exactly the size asked, over memory given back before when it fits', () => {
    const buffers = new PageBuffers();
    const first = buffers.take(1_000_000);
    expect(first.byteLength).toBe(1_000_000);
    buffers.give(first);
    const second = buffers.take(1_000_100);
    expect(second.byteLength).toBe(1_000_100);
    expect(second.buffer).toBe(first.buffer);
    // Memory still lent is never handed out twice.
    const third = buffers.take(10);
    expect(third.buffer).not.toBe(second.buffer);
  });

  it('takes back only what it lent, and only once', () => {
    const buffers = new PageBuffers();
    const foreign = Buffer.allocUnsafeSlow(4096);
    buffers.give(foreign);
    expect(buffers.take(100).buffer).not.toBe(foreign.buffer);

    const lent = buffers.take(100);
    buffers.give(lent);
    buffers.give(lent);
    const a = buffers.take(100);
    const b = buffers.take(100);
    expect(a.buffer).toBe(lent.buffer);
    expect(b.buffer).not.toBe(lent.buffer);
  });

  it('keeps at most eight buffers waiting, the largest', () => {
    const buffers = new PageBuffers();
    const lent = Array.from({ length: 10 }, (_, i) => buffers.take((i + 1) * 300_000));
    for (const b of lent) buffers.give(b);
    const again = Array.from({ length: 10 }, () => buffers.take(1));
    const reused = again.filter((b) => lent.some((l) => l.buffer === b.buffer));
    expect(reused).toHaveLength(8);
    expect(again.some((b) => b.buffer === lent[0]!.buffer || b.buffer === lent[1]!.buffer)).toBe(false);
  });
});
