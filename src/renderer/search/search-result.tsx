// One search result: what it is, its title, the words around the match, and a link to where it
// lives.
import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'wouter';
import type { SearchHit } from '../../api/types';
import { HighlightedSnippet, isTitleAgain } from './highlighted-snippet';
import { HIT_KINDS, hitLabel } from './hit-kinds';
import { hitContext } from './hit-context';
import { hitHref } from './hit-location';

export function SearchResult({ hit }: { hit: SearchHit }) {
  const kind = HIT_KINDS[hit.type];
  const Icon = kind.icon;
  const href = hitHref(hit);
  const context = hitContext(hit);
  // A short record (an agenda item, a contact) is often all title: its words are marked in the
  // title then, and no snippet repeats it.
  const snippetIsTitle = isTitleAgain(hit);
  const title = snippetIsTitle ? <HighlightedSnippet span inherit snippet={hit.snippet} highlights={hit.highlights} /> : hit.title;

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <ThemeIcon variant="light" color={kind.color} size="lg" radius="md" aria-hidden>
          <Icon size={20} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
            {href ? (
              <Anchor component={Link} href={href} fw={600} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Anchor>
            ) : (
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {title}
              </Text>
            )}
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              {hit.archived && (
                <Badge color="gray" variant="outline" size="sm">
                  Archived
                </Badge>
              )}
              <Badge color={kind.color} variant="light" size="sm">
                {hitLabel(hit)}
              </Badge>
            </Group>
          </Group>
          {context && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {context}
            </Text>
          )}
          {!snippetIsTitle && <HighlightedSnippet snippet={hit.snippet} highlights={hit.highlights} c="dimmed" />}
          {!href && (
            <Text size="xs" c="dimmed">
              {hit.type === 'position'
                ? 'Open the meeting of this agenda item to see the position in context.'
                : 'Open what this note is about to see it in context.'}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
