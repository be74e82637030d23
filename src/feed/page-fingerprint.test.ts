import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash, hash } from 'node:crypto';
import { fingerprintPage } from './page-fingerprint';
import { slicePage } from './page-slices';
import { contact, doc, meeting, page } from '../../tests/support/feed-pages';

const bytesOf = (value: unknown, indent?: number) => Buffer.from(JSON.stringify(value, null, indent), 'utf8');

const sample = () =>
  page([doc('d1', { title: 'Réseau — "quoted" }]' }), doc('d2')], {
    meetings: [meeting('m1')],
    contacts: [contact('c1')],
  });

describe('fingerprintPage: one pass over a page for the page cache and for the records', () => {
  it("gives each record the SHA-256 of its own bytes, in the page's order", () => {
    const bytes = bytesOf(sample(), 1);
    const page = fingerprintPage(bytes);
    expect(page.slices).toEqual(slicePage(bytes));
    expect(page.recordFingerprints).toEqual(page.slices!.map((s) => hash('sha256', bytes.subarray(s.start, s.end), 'base64url')));
    expect(page.recordFingerprints).toHaveLength(4);
  });

  it('hashes a page it cannot take apart whole, under a prefix no page taken apart has', () => {
    const notUtf8 = Buffer.concat([bytesOf(sample()).subarray(0, 20), Buffer.from([0xff, 0xfe]), bytesOf(sample()).subarray(20)]);
    const notAFeed = Buffer.from('[1, 2, 3]');
    for (const bytes of [notUtf8, notAFeed]) {
      const page = fingerprintPage(bytes);
      expect(page.slices).toBeNull();
      expect(page.recordFingerprints).toEqual([]);
      expect(page.fingerprint).toBe(`whole:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    expect(fingerprintPage(bytesOf(sample())).fingerprint).toMatch(/^records:[0-9a-f]{64}$/);
  });

  it('is the same for the same bytes, and differs when any byte differs, inside a record or between records', () => {
    const pages = [bytesOf(sample()), bytesOf(sample(), 2), bytesOf(page([doc('d1')], { meetings: [meeting('m1')] }))];
    const change = fc.record({
      page: fc.nat(pages.length - 1),
      at: fc.nat(),
      // Replaced by a byte, removed, or a byte inserted: sizes and record boundaries move too.
      edit: fc.constantFrom('replace', 'remove', 'insert'),
      byte: fc.constantFrom(...Buffer.from(' ,:"{}[]0aé\n')),
    });
    fc.assert(
      fc.property(change, ({ page: which, at, edit, byte }) => {
        const before = pages[which]!;
        const i = at % before.length;
        const after =
          edit === 'replace'
            ? Buffer.concat([before.subarray(0, i), Buffer.from([byte]), before.subarray(i + 1)])
            : edit === 'remove'
              ? Buffer.concat([before.subarray(0, i), before.subarray(i + 1)])
              : Buffer.concat([before.subarray(0, i), Buffer.from([byte]), before.subarray(i)]);
        const same = fingerprintPage(after).fingerprint === fingerprintPage(before).fingerprint;
        expect(same).toBe(after.equals(before));
        expect(fingerprintPage(Buffer.from(after)).fingerprint).toBe(fingerprintPage(after).fingerprint);
      }),
      { numRuns: 500 },
    );
  });

  it('differs for pages whose records are the same bytes and only the bytes between them are not', () => {
    // A space moved from before the second record to after it: every record's bytes are the same.
    const a = Buffer.from('{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1"}, {"id":"2"}]}');
    const b = Buffer.from('{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1"},{"id":"2"} ]}');
    const [pa, pb] = [fingerprintPage(a), fingerprintPage(b)];
    expect(pa.recordFingerprints).toEqual(pb.recordFingerprints);
    expect(pa.fingerprint).not.toBe(pb.fingerprint);
  });
});
