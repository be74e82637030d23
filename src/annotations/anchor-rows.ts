// The one way anchors are kept in and read from annotation_anchors, for annotations in a paper's
// text and in a PDF alike. A paper's anchor has no file version or page: it reads without those
// keys, as it did before PDFs could be marked up.
import type { Store } from '../store/open';
import type { Anchor } from '../api/types';
import { prepared } from '../store/prepared';

export function saveAnchor(db: Store, annotationId: string, anchor: Anchor, placedAt: string): void {
  prepared(
    db,
    `INSERT INTO annotation_anchors (annotation_id, revision, sha256, page, start, end, status, method, placed_at)
     VALUES (@id, @revision, @sha256, @page, @start, @end, @status, @method, @placedAt)
     ON CONFLICT (annotation_id) DO UPDATE SET revision = excluded.revision, sha256 = excluded.sha256, page = excluded.page,
       start = excluded.start, end = excluded.end, status = excluded.status, method = excluded.method, placed_at = excluded.placed_at`,
  ).run({ id: annotationId, sha256: null, page: null, ...anchor, placedAt });
}

export function readAnchors(db: Store, annotationIds: readonly string[]): Map<string, Anchor> {
  const rows = prepared(
    db,
    `SELECT annotation_id AS id, revision, sha256, page, status, start, end, method FROM annotation_anchors
     WHERE annotation_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(annotationIds)) as (Anchor & { id: string })[];
  return new Map(
    rows.map(({ id, sha256, page, ...anchor }) => [id, sha256 === null && page === null ? anchor : { ...anchor, sha256, page }]),
  );
}
