import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { writeRecord } from '../local-records/tables';
import type { AnnotationRecord } from '../local-records/records';
import { getDocument } from './documents';
import { doc, page, tempDir, writeFeed } from '../../tests/support/feed-pages';

const T1 = '2026-11-02T08:15:00.000Z';

let db: Store;
beforeEach(async () => {
  db = openStore(':memory:');
  const dir = tempDir();
  for (const text of ['One.', 'Two.', 'Three.']) {
    await syncSource(db, writeFeed(dir, [page([doc('d1', { content_html: `<p>${text}</p>` })])]));
  }
});
afterEach(() => db.close());

function annotation(id: string, revision: number, deletedAt: string | null = null): AnnotationRecord {
  return {
    id, documentId: 'd1', revision, exact: 'x', prefix: '', suffix: '', start: 0, end: 1, note: '', color: 'yellow', tags: [],
    createdAt: T1, updatedAt: T1, deletedAt,
  };
}

describe('a paper in the library', () => {
  it('names the newest revision the delegate annotated, leaving deleted annotations out', () => {
    expect(getDocument(db, 'd1')).toMatchObject({ revision: 3, lastAnnotatedRevision: null });
    writeRecord(db, 'annotation', annotation('a1', 1));
    writeRecord(db, 'annotation', annotation('a2', 2, T1));
    expect(getDocument(db, 'd1').lastAnnotatedRevision).toBe(1);
    writeRecord(db, 'annotation', annotation('a2', 2));
    expect(getDocument(db, 'd1').lastAnnotatedRevision).toBe(2);
  });
});
