// Papers put straight into a store, one revision after another, for tests of what sits on top of
// them (annotations, read state) without the cost of a feed. The real sync path has its own tests.
import { createHash } from 'node:crypto';
import type { Store } from '../../src/store/open';

const AT = '2026-11-01T10:00:00.000Z';

/** Adds a paper with this text as revision 1, or this text as its next revision. Returns the revision. */
export function putPaper(db: Store, id: string, text: string, title = `Paper ${id}`): number {
  const hash = createHash('sha256').update(text).digest('hex');
  return db.transaction(() => {
    const current = db.prepare('SELECT current_revision FROM documents WHERE id = ?').pluck().get(id) as number | undefined;
    const revision = (current ?? 0) + 1;
    db.prepare(
      `INSERT INTO document_revisions (document_id, seq, content_html, content_text, content_hash, received_at) VALUES (?, ?, NULL, ?, ?, ?)`,
    ).run(id, revision, text, hash, AT);
    if (current === undefined) {
      db.prepare(
        `INSERT INTO documents (id, type, title, current_revision, record_hash, first_seen_at, changed_at) VALUES (?, 'guideline', ?, 1, ?, ?, ?)`,
      ).run(id, title, hash, AT, AT);
    } else {
      db.prepare('UPDATE documents SET current_revision = ?, record_hash = ?, changed_at = ? WHERE id = ?').run(revision, hash, AT, id);
    }
    return revision;
  })();
}
