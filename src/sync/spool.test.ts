import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DeskError } from '../desk-error';
import { readPage } from '../feed/read-page';
import type { FeedPageRecords } from '../feed/records';
import { agendaItem, doc, meeting, page, tempDir } from '../../tests/support/feed-pages';
import { PageBuffers } from './page-buffers';
import { readSpooledRecords, spoolRecords } from './spool';

let dir: string;
beforeEach(() => void (dir = tempDir('dd-spool-')));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const big = (): FeedPageRecords =>
  readPage(
    Buffer.from(
      JSON.stringify(
        page(
          Array.from({ length: 250 }, (_, i) => doc(`d${i}`)),
          {
            meetings: [meeting('m1'), meeting('m2')],
            agenda_items: Array.from({ length: 120 }, (_, i) => agendaItem(`a${i}`, i % 2 ? 'm1' : 'm2')),
            work_streams: [{ id: 'ws1', title: 'Work stream 1' }],
            deleted: [{ type: 'contact', id: 'c0', deleted_at: '2026-11-01T00:00:00Z' }],
          },
        ),
      ),
    ),
    { page: 1, url: 'https://x.example/feed.json' },
  );

describe('the spool', () => {
  it('gives back every record, a batch at a time, in the order the writer needs; what the page held once', async () => {
    const records = big();
    const spooled = await spoolRecords(dir, 1, records, 'what the page held');
    const { head, batches } = readSpooledRecords(spooled, 1);
    expect(head).toEqual({ entries: 'what the page held' });
    const parts = [...batches];
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part.claims).toEqual([]);
      expect(part.tombstones).toEqual([]);
      const sizes = [part.workStreams, part.meetings, part.agendaItems, part.contacts, part.documents].map((list) => list.length);
      expect(sizes.filter((n) => n > 0)).toHaveLength(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    }
    const order = parts.map((p) => (p.workStreams.length ? 0 : p.meetings.length ? 1 : p.agendaItems.length ? 2 : p.contacts.length ? 3 : 4));
    expect(order).toEqual([...order].sort());
    expect(parts.flatMap((p) => p.documents)).toEqual(records.documents);
    expect(parts.flatMap((p) => p.agendaItems)).toEqual(records.agendaItems);
    expect(parts.flatMap((p) => p.meetings)).toEqual(records.meetings);
    expect(parts.flatMap((p) => p.workStreams)).toEqual(records.workStreams);
  });

  it('refuses records that changed on disk between checking and applying', async () => {
    const spooled = await spoolRecords(dir, 3, big(), '');
    writeFileSync(spooled.path, Buffer.from('tampered'));
    expect(() => readSpooledRecords(spooled, 3)).toThrow(DeskError);
    expect(() => readSpooledRecords(spooled, 3)).toThrow(/page 3 changed on disk while the sync ran; nothing was applied/);
  });

  // Pages are read one after another into the same memory: each must come back as it was
  // written, however large the page before it, and a refused page must not keep its memory.
  it('gives each page its own records when pages are read into memory used again', async () => {
    const buffers = new PageBuffers();
    const first = big();
    const second = readPage(Buffer.from(JSON.stringify(page([doc('small')]))), { page: 2, url: 'https://x.example/feed-2.json' });
    const spooled = [await spoolRecords(dir, 1, first, 'one'), await spoolRecords(dir, 2, second, 'two')];
    const tampered = await spoolRecords(dir, 3, big(), 'three');
    writeFileSync(tampered.path, readFileSync(tampered.path).fill(7, 100, 200));
    const read = (at: number) => {
      const { head, batches } = readSpooledRecords(spooled[at]!, at + 1, buffers);
      return { head, documents: [...batches].flatMap((b) => b.documents) };
    };
    const taken = vi.spyOn(buffers, 'take');
    expect(read(0)).toEqual({ head: { entries: 'one' }, documents: first.documents });
    expect(read(1)).toEqual({ head: { entries: 'two' }, documents: second.documents });
    expect(() => readSpooledRecords(tampered, 3, buffers)).toThrow(/page 3 changed on disk/);
    expect(read(0)).toEqual({ head: { entries: 'one' }, documents: first.documents });
    expect(read(1)).toEqual({ head: { entries: 'two' }, documents: second.documents });
    // All five reads shared the one piece of memory the first took, the refused one included.
    expect(new Set(taken.mock.results.map((r) => (r.value as Buffer).buffer)).size).toBe(1);
  });
});
