import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliContext, COMMAND_LINE_WAIT_MS } from './context';
import type { Output } from './output';

const dir = mkdtempSync(join(tmpdir(), 'delegate-desk-cli-context-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const silent: Output = { out: () => {}, err: () => {}, isTerminal: false };

describe('the command line\'s store', () => {
  it('waits up to a minute for another program\'s write, where the app waits five seconds', () => {
    const ctx = new CliContext(silent, () => join(dir, 'desk.db'));
    try {
      expect(COMMAND_LINE_WAIT_MS).toBe(60_000);
      expect(ctx.store().pragma('busy_timeout', { simple: true })).toBe(COMMAND_LINE_WAIT_MS);
    } finally {
      ctx.close();
    }
  });
});
