// The address /library/:id/pdf?url=…&page=…&find=…: one PDF attachment of a paper, read in the
// app from its stored copy, at a page, with words to highlight (a search result's). The steps
// before the pages can show: the paper, its copy of the file (or how to get it), the PDF opened,
// and its whole text (what annotations and find count in).
import { useCallback, useRef, useState } from 'react';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { AttachmentCopy, DocumentDetail } from '../../../api/types';
import { useCall } from '../../api/hooks';
import { useHashSearch } from '../../shell/hash-location';
import { paths } from '../../shell/paths';
import { EmptyState, ErrorState, Loading } from '../../shell/states';
import { PaperAnnotationsProvider } from '../annotations/paper-annotations';
import { attachmentName } from '../attachments/copy-words';
import { useAttachmentCopies } from '../attachments/use-attachment-copies';
import { LibraryTrail } from '../library-trail';
import { PdfNotStored } from './pdf-not-stored';
import { PdfReader, type RevealRequest } from './pdf-reader';
import { usePdfDocument } from './use-pdf-document';
import { usePdfText } from './use-pdf-text';

export function PdfReaderView({ id }: { id: string }) {
  const params = new URLSearchParams(useHashSearch());
  const url = params.get('url');
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const find = params.get('find')?.trim() || null;
  const query = useCall('documents.get', { id }, { retry: false });
  // Asked at once, beside the paper (not after it): where the file is decides everything next.
  useCall('attachments.list', { documentId: id }, { retry: false });

  if (query.isPending) return <Loading label="Opening the paper…" />;
  if (query.error || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const attachment = url ? d.attachments.find((a) => a.url === url) : undefined;
  return (
    <Stack gap="sm">
      <LibraryTrail paper={{ id: d.id, title: d.title }} current={attachment ? attachmentName(attachment) : 'PDF'} />
      {attachment ? (
        <StoredCopy document={d} url={attachment.url} page={page} find={find} />
      ) : (
        <EmptyState
          title="This file is not one of the paper's"
          action={
            <Anchor component={Link} href={paths.document(d.id)}>
              Back to the paper
            </Anchor>
          }
        >
          The address names no attachment of “{d.title}”. Open the paper to see its files.
        </EmptyState>
      )}
    </Stack>
  );
}

function StoredCopy({ document: d, url, page, find }: { document: DocumentDetail; url: string; page: number; find: string | null }) {
  const { copies, error } = useAttachmentCopies(d.id, d.attachments);
  // The same call as inside useAttachmentCopies (one request): until it answers, every copy
  // reads as "not downloaded", which must not flash up as this page's state.
  const listed = useCall('attachments.list', { documentId: d.id }, { retry: false });
  const copy = copies.find((c) => c.url === url);
  if (error) return <ErrorState error={error} />;
  if (listed.isPending || !copy) return <Loading label="Looking for the file on this device…" />;
  if (copy.state !== 'stored' || !copy.localUrl || !copy.storedSha256) return <PdfNotStored copy={copy} />;
  // A new version of the file is a new reader: nothing of the old one's pages is kept.
  return <OpenPdf key={copy.storedSha256} document={d} copy={copy as StoredPdf} page={page} find={find} />;
}

type StoredPdf = AttachmentCopy & { localUrl: string; storedSha256: string };

function OpenPdf({ document: d, copy, page, find }: { document: DocumentDetail; copy: StoredPdf; page: number; find: string | null }) {
  const load = usePdfDocument(copy.localUrl);
  const text = usePdfText(copy.url, copy.storedSha256, load.state === 'open' ? load.pdf : null);
  const revealRequest = useRef<RevealRequest>({ id: null, tick: 0 });
  const [, setRevealTick] = useState(0);
  const reveal = useCallback((_paper: HTMLElement | null, annotationId: string) => {
    revealRequest.current = { id: annotationId, tick: revealRequest.current.tick + 1 };
    setRevealTick(revealRequest.current.tick);
  }, []);

  if (load.state === 'failed') {
    return (
      <ErrorState
        error={new Error(`This PDF could not be opened (${load.error.message}). The stored copy may be damaged: remove it on the paper's page and download it again.`)}
      />
    );
  }
  if (load.state === 'loading') return <Loading label="Opening the PDF…" />;
  if (text.state === 'loading') {
    return <Loading label={text.read > 0 ? `Reading the PDF's text (page ${text.read} of ${load.pdf.numPages})…` : 'Reading the PDF…'} />;
  }
  return (
    <PaperAnnotationsProvider document={d} pdf={text.paper} reveal={reveal}>
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
            {attachmentName(copy)}
          </Title>
          <Text size="sm" c="dimmed">
            A file of <Anchor component={Link} href={paths.document(d.id)}>{d.title}</Anchor>
          </Text>
        </Group>
        {text.noText && (
          <Alert variant="light" color="gray" p="xs">
            <Text size="sm">
              This PDF has no text that can be selected (it may be a scanned paper): you can read it here, but not
              highlight it or find words in it.
            </Text>
          </Alert>
        )}
        {/* Another page or other words in the address (another search result) start the reader there again. */}
        <PdfReader key={`${page} ${find ?? ''}`} pdf={load.pdf} firstSize={load.firstSize} paper={text.paper} startPage={page} startFind={find} revealRequest={revealRequest} />
      </Stack>
    </PaperAnnotationsProvider>
  );
}
