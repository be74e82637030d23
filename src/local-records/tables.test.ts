import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { positionId, statementId, type NoteRecord, type PositionRecord } from './records';
import { readRecord, readRecords, writeRecord } from './tables';
import { listVersions } from './versions';

const T1 = '2026-11-02T08:15:00.000Z';
const T2 = '2026-11-03T10:00:00.000Z';

let db: Store;
beforeEach(() => {
  db = openStore(':memory:');
});
afterEach(() => db.close());

const position: PositionRecord = {
  id: positionId('ai-1'), agendaItemId: 'ai-1', status: 'draft', lineToTake: 'Support.',
  speakingPoints: '<ul><li>Welcome <strong>the</strong> draft</li></ul><script>alert(1)</script>', redLines: '', fallback: '',
  background: '', owner: 'Ministry', dueDate: '2027-02-01', createdAt: T1, updatedAt: T1, deletedAt: null,
};

describe('local record tables', () => {
  it('write and read back every kind of record as it was given', () => {
    const note: NoteRecord = { id: 'n1', subjectType: 'contact', subjectId: 'contact-cert-fr', body: 'Call', createdAt: T1, updatedAt: T1, deletedAt: null };
    expect(writeRecord(db, 'note', note)).toEqual(note);
    const annotation = {
      id: 'a1', documentId: 'd1', revision: 1, exact: 'x', prefix: '', suffix: 'y', start: 0, end: 1, note: '', color: 'green' as const,
      tags: ['art-23', 'energy'], createdAt: T1, updatedAt: T1, deletedAt: null,
    };
    expect(writeRecord(db, 'annotation', annotation)).toEqual(annotation);
    const statement = { id: statementId('ai-1', 'DE'), agendaItemId: 'ai-1', speaker: 'DE', stance: 'support' as const, comment: '', createdAt: T1, updatedAt: T1, deletedAt: null };
    expect(writeRecord(db, 'statement', statement)).toEqual(statement);
  });

  it('clean speaking points, whoever wrote them, and index their text', () => {
    const written = writeRecord(db, 'position', position);
    expect(written.speakingPoints).toBe('<ul><li>Welcome <strong>the</strong> draft</li></ul>');
    expect(db.prepare(`SELECT speaking_points_text FROM positions`).pluck().get()).toBe('Welcome the draft');
    expect(db.prepare(`SELECT ref FROM search_index WHERE search_index MATCH 'welcome'`).pluck().all()).toEqual([position.id]);
  });

  it('keep every saved state once, newest first, and leave deleted records out of reads unless asked', () => {
    writeRecord(db, 'position', position);
    writeRecord(db, 'position', position);
    writeRecord(db, 'position', { ...position, status: 'approved', updatedAt: T2, deletedAt: T2 });
    expect(listVersions(db, 'position', position.id).map((v) => [v.record.status, v.origin])).toEqual([
      ['approved', 'saved'],
      ['draft', 'saved'],
    ]);
    expect(readRecords(db, 'position')).toEqual([]);
    expect(readRecords(db, 'position', { includeDeleted: true })).toHaveLength(1);
    expect(readRecord(db, 'position', position.id)?.deletedAt).toBe(T2);
  });
});
