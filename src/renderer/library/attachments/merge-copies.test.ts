import { describe, expect, it } from 'vitest';
import type { Attachment, AttachmentCopy } from '../../../api/types';
import { finishedSince, withCopies, withLiveProgress } from './merge-copies';

const attachment = (url: string): Attachment => ({ url, mimeType: 'application/pdf', title: null, sizeInBytes: 10, sha256: null });
const copy = (url: string, state: AttachmentCopy['state']): AttachmentCopy => ({
  ...attachment(url),
  documentId: 'd1',
  state,
  storedSha256: null,
  localUrl: null,
  bytesReceived: 0,
  bytesTotal: null,
  error: null,
  nextAttemptAt: null,
  text: null,
});

describe('withCopies', () => {
  it('keeps the feed’s order and list, each with its copy’s state', () => {
    const merged = withCopies('d1', [attachment('https://x/b.pdf'), attachment('https://x/a.pdf')], [copy('https://x/a.pdf', 'stored')]);
    expect(merged.map((c) => [c.url, c.state])).toEqual([
      ['https://x/b.pdf', 'absent'],
      ['https://x/a.pdf', 'stored'],
    ]);
  });

  it('shows every attachment as not downloaded while the copies cannot be read', () => {
    expect(withCopies('d1', [attachment('https://x/a.pdf')], undefined)).toMatchObject([{ documentId: 'd1', state: 'absent' }]);
  });

  it('leaves out a copy of a file the paper no longer lists', () => {
    expect(withCopies('d1', [], [copy('https://x/old.pdf', 'stored')])).toEqual([]);
  });
});

describe('finishedSince', () => {
  it('reports a download that ended, stored or failed, once', () => {
    const before = new Map<string, AttachmentCopy['state']>([
      ['a', 'downloading'],
      ['b', 'queued'],
      ['c', 'stored'],
      ['d', 'downloading'],
    ]);
    const now = [copy('a', 'stored'), copy('b', 'failed'), copy('c', 'stored'), copy('d', 'downloading')];
    expect(finishedSince(before, now).map((c) => c.url)).toEqual(['a', 'b']);
  });

  it('says nothing of a copy first seen already stored (it was there before the page opened)', () => {
    expect(finishedSince(new Map(), [copy('a', 'stored')])).toEqual([]);
  });
});

describe('withLiveProgress', () => {
  const current = { documentId: 'd1', url: 'a', title: null, bytesReceived: 600, bytesTotal: 1000 };

  it('shows the running download with the bytes counted live, ahead of the stored copy', () => {
    const stale = { ...copy('a', 'downloading'), bytesReceived: 100, bytesTotal: 1000 };
    expect(withLiveProgress([stale, copy('b', 'queued')], current)).toMatchObject([
      { url: 'a', state: 'downloading', bytesReceived: 600, bytesTotal: 1000 },
      { url: 'b', state: 'queued', bytesReceived: 0 },
    ]);
  });

  it('leaves a copy alone once it is no longer pending, or when it belongs to another paper', () => {
    expect(withLiveProgress([copy('a', 'stored')], current)[0]).toMatchObject({ state: 'stored', bytesReceived: 0 });
    expect(withLiveProgress([copy('a', 'downloading')], { ...current, documentId: 'd2' })[0]!.bytesReceived).toBe(0);
  });
});
