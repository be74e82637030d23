// A feed page's fingerprints, made in one pass over the bytes it came with: each record's bytes
// hashed on their own (by these a resync recognises the records the store already holds, see
// read-page.ts readPageAgainst), and the page's own fingerprint made from those digests and the
// bytes between the records (by it the page cache tells a page that is byte for byte what it was,
// sync/page-cache.ts). Hashing the page whole as well hashed every byte twice: 135 ms of a 1.5 s
// resync of a 154 MB feed in which every page had changed.
//
// Equal page fingerprints mean equal bytes: the hashed input spells out the number of records,
// where each starts and ends, every byte outside them and each record's SHA-256, so it can be
// decoded back into the page, record digests standing for the records. A page that cannot be taken
// apart (not UTF-8, or a shape the slicer gives up on) is hashed whole, under another prefix, so
// the two kinds of fingerprint never equal each other. A page cache written before these
// fingerprints (a bare hex SHA-256) equals neither: the first sync after reads each page once
// against the records it held, which it recognises by their own fingerprints, as before.
import { createHash, hash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { slicePage, type RecordSlice } from './page-slices';

export interface FingerprintedPage {
  bytes: Buffer;
  /** Where each record lies, in page order; null when the page could not be taken apart. */
  slices: RecordSlice[] | null;
  /** The SHA-256 of each slice's bytes (base64url), in the order of `slices`. */
  recordFingerprints: string[];
  /** Equal for two pages exactly when their bytes are equal. */
  fingerprint: string;
}

export function fingerprintPage(bytes: Uint8Array): FingerprintedPage {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const slices = isUtf8(buffer) ? slicePage(buffer) : null;
  if (slices === null) {
    return { bytes: buffer, slices: null, recordFingerprints: [], fingerprint: `whole:${createHash('sha256').update(buffer).digest('hex')}` };
  }
  const page = createHash('sha256');
  // Reused for every record: update() has taken the bytes in before it returns.
  const numbers = Buffer.alloc(8);
  numbers.writeUInt32LE(slices.length, 0);
  page.update(numbers.subarray(0, 4));
  const recordFingerprints: string[] = [];
  let from = 0;
  for (const slice of slices) {
    const record = hash('sha256', buffer.subarray(slice.start, slice.end), 'base64url');
    recordFingerprints.push(record);
    numbers.writeUInt32LE(slice.start, 0);
    numbers.writeUInt32LE(slice.end, 4);
    page.update(numbers).update(buffer.subarray(from, slice.start)).update(record);
    from = slice.end;
  }
  page.update(buffer.subarray(from));
  return { bytes: buffer, slices, recordFingerprints, fingerprint: `records:${page.digest('hex')}` };
}
