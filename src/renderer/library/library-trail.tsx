// The breadcrumb of the library's pages: Library, then the paper (a link when a page of it is
// open), then where the delegate is.
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'wouter';
import { paths } from '../shell/paths';

export function LibraryTrail({ paper, current }: { paper?: { id: string; title: string }; current?: string }) {
  return (
    <nav aria-label="Breadcrumb">
      <Breadcrumbs separatorMargin={6} style={{ flexWrap: 'nowrap' }}>
        <Anchor component={Link} href={paths.library} size="sm">
          Library
        </Anchor>
        {paper && (
          <Anchor component={Link} href={paths.document(paper.id)} size="sm" truncate="end" maw={360} title={paper.title}>
            {paper.title}
          </Anchor>
        )}
        {current && (
          <Text size="sm" c="dimmed" truncate="end" maw={480} lh={1.7} style={{ minWidth: 0 }} title={current} aria-current="page">
            {current}
          </Text>
        )}
      </Breadcrumbs>
    </nav>
  );
}
