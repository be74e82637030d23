// The papers the last sync brought or changed: what is new to read since the delegate last looked.
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DocumentSummary } from '../../api/types';
import { formatDate } from '../shell/format';
import { DocumentTypeBadge } from '../library/document-type-badge';
import { ReadMarkBadge } from '../library/reading/read-mark-badge';
import { paths } from '../shell/paths';

// The dashboard asks the core for this many at most; a full list means there may be more.
const LISTED_AT_MOST = 12;
// The first few keep the meetings above in view; the rest are one click away.
const SHOWN_FIRST = 5;

export function ChangedDocuments({ documents, synced }: { documents: DocumentSummary[]; synced: boolean }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? documents : documents.slice(0, SHOWN_FIRST);
  const hidden = documents.length - shown.length;
  return (
    <Stack gap="sm" component="section" aria-labelledby="changed-heading">
      <Group justify="space-between" align="center">
        <Title order={3} id="changed-heading">
          New or changed since the last sync
        </Title>
        <Button component={Link} href={paths.library} variant="subtle" size="compact-sm" rightSection={<IconArrowRight size={14} aria-hidden />}>
          Open the Library
        </Button>
      </Group>
      {documents.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {synced ? 'Nothing new: the last sync brought no new or changed papers.' : 'Papers appear here after the first sync.'}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="changed-heading">
            {shown.map((doc, index) => (
              <ChangedDocument key={doc.id} doc={doc} first={index === 0} />
            ))}
          </Stack>
        </Paper>
      )}
      {(hidden > 0 || expanded) && (
        <Group gap="sm">
          <Button variant="default" size="xs" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
            {expanded ? 'Show fewer' : `Show ${hidden} more`}
          </Button>
          {expanded && documents.length >= LISTED_AT_MOST && (
            <Text size="sm" c="dimmed">
              The {LISTED_AT_MOST} most recent are shown; the Library has them all.
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

function ChangedDocument({ doc, first }: { doc: DocumentSummary; first: boolean }) {
  const date = doc.dateModified ?? doc.datePublished;
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      gap="md"
      px="md"
      py="sm"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Anchor component={Link} href={paths.document(doc.id)} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {doc.title}
        </Anchor>
        <Group gap={8} wrap="wrap">
          <DocumentTypeBadge type={doc.type} size="sm" />
          <ReadMarkBadge mark={doc.readMark} />
          {doc.reference && (
            <Text size="xs" c="dimmed">
              {doc.reference}
            </Text>
          )}
          {doc.revision > 1 && (
            <Badge variant="light" color="indigo" size="sm">
              Revision {doc.revision}
            </Badge>
          )}
        </Group>
      </Stack>
      {date && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {doc.dateModified ? 'Updated' : 'Published'} {formatDate(date)}
        </Text>
      )}
    </Group>
  );
}
