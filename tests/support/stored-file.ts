// A store holding one stored file, as a finished download leaves it: the bytes under
// files/<xx>/<sha256> and the stored_files row.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openStore, type Store } from '../../src/store/open';
import { FileStore } from '../../src/attachments/file-store';

export function storeWithFile(bytes: Uint8Array, mimeType = 'application/pdf'): { db: Store; files: FileStore; sha256: string } {
  const db = openStore(':memory:');
  const files = new FileStore(join(mkdtempSync(join(tmpdir(), 'dd-files-')), 'files'));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(dirname(files.pathOf(sha256)), { recursive: true });
  writeFileSync(files.pathOf(sha256), bytes);
  db.prepare('INSERT INTO stored_files (sha256, size_in_bytes, mime_type, stored_at) VALUES (?, ?, ?, ?)').run(
    sha256,
    bytes.length,
    mimeType,
    new Date().toISOString(),
  );
  return { db, files, sha256 };
}
