// A paper's facts at a glance: where it stands, when it came out and changed, how it is filed.
// Only what the feed gave is shown; an empty field is left out, not written as "unknown".
import type { ReactNode } from 'react';
import { Anchor, Badge, DataList, Group, Paper } from '@mantine/core';
import { Link } from 'wouter';
import type { DocumentDetail } from '../../api/types';
import { formatDate } from '../shell/format';
import { paths } from '../shell/paths';
import { languageName } from './document-labels';

/** The publisher's number for the revision in hand, else the desk's own count. */
function revisionOf(document: DocumentDetail): number {
  const current = document.revisions.find((r) => r.seq === document.revision);
  return current?.feedRevision ?? document.revision;
}

export function DocumentDetails({ document: d }: { document: DocumentDetail }) {
  const kept = d.revisions.length;
  const facts: [string, ReactNode][] = [];
  if (d.reference) facts.push(['Reference', d.reference]);
  facts.push(['Revision', kept > 1 ? `${revisionOf(d)} (${kept} revisions kept)` : String(revisionOf(d))]);
  if (d.datePublished) facts.push(['Published', formatDate(d.datePublished)]);
  if (d.dateModified) facts.push(['Modified', formatDate(d.dateModified)]);
  if (d.supersedes) {
    facts.push([
      'Replaces',
      <Anchor component={Link} href={paths.document(d.supersedes)} key="supersedes">
        {d.supersedes}
      </Anchor>,
    ]);
  }
  if (d.workStreamId) facts.push(['Work stream', d.workStreamTitle ?? d.workStreamId]);
  if (d.language) facts.push(['Language', languageName(d.language)]);
  if (d.tags.length > 0) {
    facts.push([
      'Tags',
      <Group gap={6} component="span" key="tags">
        {d.tags.map((tag) => (
          <Badge key={tag} size="sm" variant="default" radius="sm" tt="none" fw={500} component="span">
            {tag}
          </Badge>
        ))}
      </Group>,
    ]);
  }

  return (
    <Paper withBorder p="md" radius="md">
      <DataList size="sm" gap={8} labelWidth={120}>
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
