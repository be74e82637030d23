import { describe, expect, it } from 'vitest';
import type { CopyState } from '../../../api/types';
import { copyBadge, downloadPercent, failureSentence, isChanging, isPending } from './copy-words';

const copy = (state: CopyState, bytesReceived = 0, bytesTotal: number | null = null, sizeInBytes: number | null = null) => ({
  state,
  bytesReceived,
  bytesTotal,
  sizeInBytes,
});
const NOW = new Date('2026-11-28T03:00:00Z');

describe('copyBadge', () => {
  it('names every state in words, stored as available offline', () => {
    expect(copyBadge(copy('absent')).label).toBe('Not downloaded');
    expect(copyBadge(copy('queued')).label).toBe('Waiting');
    expect(copyBadge(copy('stored')).label).toBe('Available offline');
    expect(copyBadge(copy('failed')).label).toBe('Download failed');
    expect(copyBadge(copy('removed')).label).toBe('Removed from this device');
  });

  it('says how far a download is, from the bytes the server announced', () => {
    expect(copyBadge(copy('downloading', 42, 100)).label).toBe('Downloading 42 %');
  });

  it('falls back on the size the feed listed, then on no figure at all', () => {
    expect(copyBadge(copy('downloading', 250, null, 1000)).label).toBe('Downloading 25 %');
    expect(copyBadge(copy('downloading', 250, null, null)).label).toBe('Downloading');
  });

  it('gives a failed copy a colour apart from a stored one', () => {
    expect(copyBadge(copy('failed')).color).not.toBe(copyBadge(copy('stored')).color);
  });
});

describe('downloadPercent', () => {
  it('never says 100 before the file is checked and stored', () => {
    expect(downloadPercent(copy('downloading', 100, 100))).toBe(99);
    expect(downloadPercent(copy('downloading', 130, 100))).toBe(99);
  });

  it('is null when no size is known, or the size is zero', () => {
    expect(downloadPercent(copy('downloading', 10, 0))).toBeNull();
    expect(downloadPercent(copy('downloading', 10, null))).toBeNull();
  });
});

describe('isPending', () => {
  it('holds for a waiting or running download only', () => {
    expect((['queued', 'downloading'] as const).every((s) => isPending({ state: s }))).toBe(true);
    expect((['absent', 'stored', 'failed', 'removed'] as const).some((s) => isPending({ state: s }))).toBe(false);
  });
});

describe('isChanging', () => {
  const text = (status: 'pending' | 'extracted' | 'failed') => ({ status, pageCount: null, error: null });

  it('holds while a download runs or a stored PDF is still being read for search', () => {
    expect(isChanging({ state: 'downloading', text: null })).toBe(true);
    expect(isChanging({ state: 'stored', text: text('pending') })).toBe(true);
  });

  it('ends once the text is read or could not be, and for a copy left as it is', () => {
    expect(isChanging({ state: 'stored', text: text('extracted') })).toBe(false);
    expect(isChanging({ state: 'stored', text: text('failed') })).toBe(false);
    expect(isChanging({ state: 'failed', text: null })).toBe(false);
  });
});

describe('failureSentence', () => {
  const failed = (error: string | null, nextAttemptAt: string | null) => ({ state: 'failed' as const, error, nextAttemptAt });

  it('says why, in the core’s words, and when the desk tries again', () => {
    expect(failureSentence(failed('The file received does not match the one the publisher listed.', '2026-11-28T03:10:00Z'), NOW)).toMatch(
      /^Download failed: the file received does not match the one the publisher listed\. The desk tries again in 10 minutes \(28 Nov 2026, \d\d:10\)\.$/,
    );
  });

  it('keeps a reason that starts with an acronym as it is', () => {
    expect(failureSentence(failed('HTTP 404 from the server', null), NOW)).toMatch(/^Download failed: HTTP 404 from the server\./);
  });

  it('says when no further attempt comes by itself, and what to do', () => {
    expect(failureSentence(failed('The server refused the request', null), NOW)).toContain('use "Download now"');
  });

  it('never says "again just now" for an attempt due within the minute or overdue', () => {
    expect(failureSentence(failed('x', '2026-11-28T03:00:30Z'), NOW)).toContain('tries again in a moment');
    expect(failureSentence(failed('x', '2026-11-28T02:00:00Z'), NOW)).toContain('tries again shortly');
  });

  it('still gives a sentence when the core recorded no reason', () => {
    expect(failureSentence(failed(null, null), NOW)).toMatch(/^Download failed: the reason was not recorded\./);
  });

  it('is null for a copy that did not fail', () => {
    expect(failureSentence({ state: 'stored', error: null, nextAttemptAt: null }, NOW)).toBeNull();
  });
});
