// The sample papers as PDF files and as the attachments that name them in the feed: a relative
// link into the feed's folder, the type, the size and the sha256 the desk checks a download against.
import { createHash } from 'node:crypto';
import type { FeedItem } from '../../src/feed/format';
import { makePdf } from '../../tests/support/pdfs';
import { paperPages, SAMPLE_PAPERS, type SamplePaper } from './papers';

type FeedAttachment = NonNullable<FeedItem['attachments']>[number];

export interface SamplePaperFile {
  paper: SamplePaper;
  bytes: Uint8Array;
  attachment: FeedAttachment;
}

/** Each paper typeset (the same bytes on every build: makePdf writes no date or random id). */
export async function samplePaperFiles(): Promise<SamplePaperFile[]> {
  return Promise.all(
    SAMPLE_PAPERS.map(async (paper) => {
      const bytes = await makePdf({
        pages: paperPages(paper),
        title: paper.title,
        outline: paper.sections.map((section, i) => ({ title: section.heading, page: i + 1 })),
      });
      return {
        paper,
        bytes,
        attachment: {
          url: paper.file,
          mime_type: 'application/pdf',
          title: paper.title,
          size_in_bytes: bytes.byteLength,
          _delegation: { sha256: createHash('sha256').update(bytes).digest('hex') },
        },
      };
    }),
  );
}
