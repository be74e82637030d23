import { describe, expect, it } from 'vitest';
import type { AttachmentCopy, DownloadsStatus } from '../../api/types';
import { batchPercent, describeExtracting, describeQueue, groupFailures, isBusy } from './downloads-words';

const status = (extra: Partial<DownloadsStatus> = {}): DownloadsStatus => ({
  pending: 0,
  failed: 0,
  bytesReceived: 0,
  bytesTotal: 0,
  current: null,
  extracting: 0,
  ...extra,
});

describe('describeQueue', () => {
  it('counts the files still to come, with how much of the batch arrived', () => {
    expect(describeQueue(status({ pending: 3, bytesReceived: 2 * 1024 * 1024, bytesTotal: 10 * 1024 * 1024 }))).toBe(
      '3 files to download (2.0 MB of 10.0 MB)',
    );
    expect(describeQueue(status({ pending: 1 }))).toBe('1 file to download');
  });

  it('says nothing when nothing is waiting', () => {
    expect(describeQueue(status({ failed: 2 }))).toBe('');
  });
});

describe('batchPercent', () => {
  it('is the share of the batch received, short of 100 until the last file is stored', () => {
    expect(batchPercent(status({ pending: 2, bytesReceived: 50, bytesTotal: 200 }))).toBe(25);
    expect(batchPercent(status({ pending: 1, bytesReceived: 200, bytesTotal: 200 }))).toBe(99);
  });

  it('is null when no size is known', () => {
    expect(batchPercent(status({ pending: 1 }))).toBeNull();
  });
});

describe('describeExtracting and isBusy', () => {
  it('counts the PDFs being read for search', () => {
    expect(describeExtracting(status({ extracting: 1 }))).toBe('1 PDF being read for search');
    expect(describeExtracting(status({ extracting: 4 }))).toBe('4 PDFs being read for search');
    expect(describeExtracting(status())).toBe('');
  });

  it('is busy while a file is waiting or a PDF is being read, not for failures alone', () => {
    expect(isBusy(status({ pending: 1 }))).toBe(true);
    expect(isBusy(status({ extracting: 1 }))).toBe(true);
    expect(isBusy(status({ failed: 3 }))).toBe(false);
    expect(isBusy(undefined)).toBe(false);
  });
});

describe('groupFailures', () => {
  const copy = (url: string, state: AttachmentCopy['state'], error: string | null): AttachmentCopy => ({
    documentId: 'doc',
    url,
    mimeType: 'application/pdf',
    title: null,
    sizeInBytes: null,
    sha256: null,
    state,
    storedSha256: null,
    localUrl: null,
    bytesReceived: 0,
    bytesTotal: null,
    error,
    nextAttemptAt: null,
    text: null,
  });
  const OFFLINE = 'Could not download the file: the server name could not be found (are you offline?); gave up after 6 tries.';

  it('groups the failed files by why, the largest group first, leaving out the others', () => {
    const groups = groupFailures([
      copy('a', 'failed', 'The server answered 404 Not Found.'),
      copy('b', 'failed', OFFLINE),
      copy('c', 'stored', null),
      copy('d', 'failed', `${OFFLINE} `),
      copy('e', 'queued', OFFLINE),
      copy('f', 'failed', OFFLINE),
    ]);
    expect(groups.map((g) => g.map((c) => c.url))).toEqual([['b', 'd', 'f'], ['a']]);
    expect(groupFailures([])).toEqual([]);
  });
});
