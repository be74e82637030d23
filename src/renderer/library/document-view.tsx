// One paper: its facts, where it is tabled, its files and its text, in a reading column, with
// the side column kept for the delegate's annotations.
import { useEffect } from 'react';
import { Alert, Badge, Button, Divider, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconExternalLink } from '@tabler/icons-react';
import type { DocumentDetail } from '../../api/types';
import { useCall } from '../api/hooks';
import { ErrorState, Loading } from '../shell/states';
import { readableInk } from './readable-ink';
import { AnnotationsPanel } from './annotations/annotations-panel';
import { PaperAnnotationsProvider } from './annotations/paper-annotations';
import { DocumentAgenda } from './document-agenda';
import { DocumentAttachments } from './document-attachments';
import { DocumentContent } from './document-content';
import { DocumentDetails } from './document-details';
import { DocumentStatusBadge } from './document-status-badge';
import { DocumentTypeBadge } from './document-type-badge';
import { ReadingControls } from './reading/reading-controls';
import { useReadOnOpen } from './reading/use-read-on-open';
import { ChangedSinceRead } from './revisions/changed-since-read';
import { DocumentRevisions } from './revisions/document-revisions';
import { LibraryTrail } from './library-trail';
import './library.css';


export function DocumentView({ id }: { id: string }) {
  // A paper opened from far down a long page (a meeting's agenda, search results) starts at its
  // title, not at the scroll position the last page left behind.
  // (A block body: newer Chromium returns a promise from scrollTo, which React would take for a
  // cleanup function.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [id]);
  // The store is on this machine: a paper that is not there now will not be there in a second,
  // so say so at once (the error has a "Try again" button) rather than retry first.
  // Loaded afresh at every visit, whatever the cache holds: the read mark is taken from it.
  const query = useCall('documents.get', { id }, { retry: false, refetchOnMount: 'always' });
  if (query.isPending) return <Loading label="Opening the paper…" />;
  if (query.error || !query.data) {
    return (
      <Stack>
        <LibraryTrail />
        <Title order={2}>Document</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  return (
    <PaperAnnotationsProvider document={query.data}>
      <DocumentPage document={query.data} fresh={query.isFetchedAfterMount} />
    </PaperAnnotationsProvider>
  );
}

function DocumentPage({ document: d, fresh }: { document: DocumentDetail; fresh: boolean }) {
  const readBefore = useReadOnOpen(d, fresh);
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg" component="article" aria-labelledby="document-title">
          <Stack gap="xs">
            <LibraryTrail current={d.title} />
            <Title order={2} id="document-title" style={{ overflowWrap: 'anywhere', textWrap: 'balance' }}>
              {d.title}
            </Title>
            <Group gap="xs">
              <DocumentTypeBadge type={d.type} />
              {d.status && <DocumentStatusBadge status={d.status} />}
              {d.archived && (
                <Badge variant="light" color="red" radius="sm" tt="none" style={readableInk('red')}>
                  Archived
                </Badge>
              )}
              <ReadingControls document={d} />
            </Group>
          </Stack>

          {d.archived && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconArchive aria-hidden />}
              title="Archived"
              style={readableInk('orange', '--alert-color')}
            >
              The publisher deleted this paper; it is kept because you have notes on it.
            </Alert>
          )}
          <ChangedSinceRead document={d} before={readBefore} />

          {d.summary && (
            <Text size="lg" maw="72ch" style={{ lineHeight: 1.6 }}>
              {d.summary}
            </Text>
          )}

          <DocumentDetails document={d} />

          {d.url && (
            <Group>
              <Button
                component="a"
                href={d.url}
                target="_blank"
                rel="noopener noreferrer"
                variant="light"
                rightSection={<IconExternalLink size={16} aria-hidden />}
              >
                Open the original
              </Button>
            </Group>
          )}

          <DocumentAgenda meetings={d.meetings} />
          <DocumentAttachments documentId={d.id} attachments={d.attachments} />
          <DocumentRevisions document={d} before={readBefore} />

          <Divider />
          <DocumentContent document={d} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        {/* Sticky: the notes stay beside the text as the delegate reads down a long paper. */}
        <aside
          aria-labelledby="annotations-title"
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 0rem) + var(--mantine-spacing-lg))' }}
        >
          <AnnotationsPanel />
        </aside>
      </Grid.Col>
    </Grid>
  );
}
