import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slicePage, type RecordSlice } from './page-slices';

const bytes = (text: string) => Buffer.from(text, 'utf8');

/** Each slice's bytes, parsed, with its kind and index: what the slicer claims the page holds. */
function parsedSlices(text: string): { kind: string; index: number; value: unknown }[] | null {
  const b = bytes(text);
  const slices = slicePage(b);
  return slices && slices.map((s: RecordSlice) => ({ kind: s.kind, index: s.index, value: JSON.parse(b.toString('utf8', s.start, s.end)) }));
}

/** What JSON.parse says the page holds, in the slicer's order (items, then the extension's arrays as they appear). */
function parsedRecords(text: string): { kind: string; index: number; value: unknown }[] {
  const page = JSON.parse(text.replace(/^\uFEFF/, ''));
  const out: { kind: string; index: number; value: unknown }[] = [];
  const keys = Object.keys(page);
  for (const key of keys) {
    if (key === 'items') (page.items as unknown[]).forEach((value, index) => out.push({ kind: 'documents', index, value }));
    if (key === '_delegation') {
      for (const sub of Object.keys(page._delegation)) {
        if (['meetings', 'agenda_items', 'contacts', 'work_streams'].includes(sub)) {
          (page._delegation[sub] as unknown[]).forEach((value, index) => out.push({ kind: sub, index, value }));
        }
      }
    }
  }
  return out;
}

const tricky = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'A page with } and ] and " inside strings',
  _delegation: {
    schema: 1,
    publisher: 'NIS CG \\ secretariat',
    meetings: [{ id: 'm1', title: 'Plenary [41] {hybrid}', note: 'ends with a backslash \\' }],
    agenda_items: [],
    deleted: [{ type: 'document', id: 'x', deleted_at: '2026-01-01T00:00:00Z' }],
    contacts: [{ id: 'c1', name: 'Κέντρο "CSIRT"', nested: { deep: [[{}], { a: '\\"' }] } }],
  },
  items: [
    { id: '1', content_html: '<p class="x">Quote " and \\" and \\\\" here</p>', tags: ['a]', '{b'] },
    { id: 2, content_text: 'réseau — ünïcödé ✓ 🙂', attachments: [{ url: 'a.pdf', size_in_bytes: 12.5e3 }] },
  ],
  next_url: 'feed-2.json',
};

describe('slicePage: where each record of a page lies', () => {
  it('finds every record of items and of the extension arrays, whatever their strings hold', () => {
    const text = JSON.stringify(tricky);
    expect(parsedSlices(text)).toEqual(parsedRecords(text));
    expect(parsedSlices(text)!.map((s) => `${s.kind}[${s.index}]`)).toEqual(['meetings[0]', 'contacts[0]', 'documents[0]', 'documents[1]']);
  });

  it('reads pretty-printed pages, CRLF line ends, tabs and a byte order mark the same way', () => {
    for (const text of [JSON.stringify(tricky, null, 2), JSON.stringify(tricky, null, '\t').replace(/\n/g, '\r\n'), `\uFEFF${JSON.stringify(tricky)}`]) {
      expect(parsedSlices(text)).toEqual(parsedRecords(text));
    }
  });

  it('gives the exact bytes of each record, so equal records have equal bytes', () => {
    const text = JSON.stringify({ version: 'v', title: 't', items: [{ id: 'a' }, { id: 'a' }] });
    const b = bytes(text);
    const [first, second] = slicePage(b)!;
    expect(b.toString('utf8', first!.start, first!.end)).toBe('{"id":"a"}');
    expect(b.toString('utf8', second!.start, second!.end)).toBe('{"id":"a"}');
  });

  it('finds no records in a page without any', () => {
    expect(slicePage(bytes('{"version":"v","title":"t","items":[],"_delegation":{"meetings":[]}}'))).toEqual([]);
  });

  it.each([
    ['an escaped key that decodes to "items"', '{"title":"t","\\u0069tems":[{"id":"1"}],"items":[]}'],
    ['a repeated items key (JSON.parse keeps the last)', '{"items":[{"id":"1"}],"items":[{"id":"2"}]}'],
    ['a repeated _delegation key', '{"items":[],"_delegation":{"meetings":[]},"_delegation":{"meetings":[{"id":"m"}]}}'],
    ['a repeated extension array', '{"items":[],"_delegation":{"meetings":[{"id":"a"}],"meetings":[{"id":"b"}]}}'],
    ['a record that is not an object', '{"items":[{"id":"1"},"two"]}'],
    ['bytes after the page', '{"items":[]} {"items":[]}'],
    ['a string that never ends', '{"items":[{"id":"1}]}'],
    ['an object that never closes', '{"items":[{"id":"1"}'],
    ['a page that is not an object', '[{"items":[]}]'],
    ['a missing colon', '{"items" [{"id":"1"}]}'],
    ['an empty page', ''],
  ])('gives up on %s, so the page is read the ordinary way', (_name, text) => {
    expect(slicePage(bytes(text))).toBeNull();
  });

  it('agrees with JSON.parse on any page of generated records, however it is laid out (property)', () => {
    const record = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 });
    const pageArb = fc.record({
      version: fc.string(),
      title: fc.string(),
      items: fc.array(record, { maxLength: 5 }),
      extra: fc.jsonValue(),
      _delegation: fc.record({
        meetings: fc.array(record, { maxLength: 3 }),
        contacts: fc.array(record, { maxLength: 3 }),
        other: fc.jsonValue(),
      }),
    });
    fc.assert(
      fc.property(pageArb, fc.constantFrom(undefined, 1, 2, '\t'), (page, indent) => {
        const text = JSON.stringify(page, null, indent);
        expect(parsedSlices(text)).toEqual(parsedRecords(text));
      }),
      { numRuns: 300 },
    );
  });
});
