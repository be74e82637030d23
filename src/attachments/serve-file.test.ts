import { describe, expect, it } from 'vitest';
import { byteRange, requestedFile } from './serve-file';

describe('the files/<sha256> route', () => {
  it('takes exactly 64 lowercase hex digits as a file name, nothing else', () => {
    const sha = 'a'.repeat(64);
    expect(requestedFile(`/files/${sha}`)).toEqual({ sha256: sha });
    for (const name of ['A'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), `${'a'.repeat(64)}/x`, `../${'a'.repeat(61)}`, '%2e%2e', '']) {
      expect(requestedFile(`/files/${name}`), name).toEqual({ sha256: null });
    }
    expect(requestedFile('/index.html')).toBeNull();
    expect(requestedFile('/filesx/a')).toBeNull();
  });

  it('reads one byte range as RFC 9110 says, and the whole file for what it cannot read', () => {
    expect(byteRange(undefined, 100)).toBeNull();
    expect(byteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=-0', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-1,5-6', 100)).toBeNull();
    expect(byteRange('bytes=9-1', 100)).toBeNull();
    expect(byteRange('items=0-1', 100)).toBeNull();
  });
});
