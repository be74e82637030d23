// What follows a stored attachment, in the app and in the CLI alike: a PDF's text is read (in a
// worker thread) for search, and the delegate's highlights in that PDF then move to the new
// version by the same rules as a revised paper. A copy replaced by a version whose text was read
// before (the same file attached elsewhere) re-anchors at once.
import type { Store } from '../store/open';
import type { FileStore } from '../attachments/file-store';
import { DownloadManager, type DownloadManagerOptions } from '../attachments/downloads';
import { createTextExtractor, type TextExtracted, type TextExtractor } from '../pdf/text-extractor';
import { reanchorPdfAnnotations } from '../annotations/reanchor-pdf';

export interface AttachmentWorkOptions {
  downloads?: Omit<DownloadManagerOptions, 'onFileStored' | 'onCopyReplaced'>;
  /** The built PDF text worker, when running from a bundle (the desktop app); see text-extractor.ts. */
  pdfWorkerEntry?: string | URL;
  /** Told after each PDF's text was read or could not be. */
  onTextExtracted?: (result: TextExtracted) => void;
}

export interface AttachmentWork {
  downloads: DownloadManager;
  texts: TextExtractor;
}

export function createAttachmentWork(db: Store, files: FileStore, options: AttachmentWorkOptions = {}): AttachmentWork {
  const texts = createTextExtractor({
    db,
    filesFolder: files.folder,
    workerEntry: options.pdfWorkerEntry,
    onTextExtracted: (result) => {
      if (result.status === 'extracted') reanchorPdfAnnotations(db, result.sha256);
      options.onTextExtracted?.(result);
    },
  });
  const downloads = new DownloadManager(db, files, {
    ...options.downloads,
    onFileStored: (sha256) => texts.enqueue(sha256),
    onCopyReplaced: (change) => {
      reanchorPdfAnnotations(db, change.sha256);
    },
  });
  return { downloads, texts };
}
