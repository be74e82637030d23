// A search snippet with its matches marked. The snippet is text from papers, notes and the feed:
// it is rendered as React text nodes and <mark> elements, never as HTML.
import { Fragment, useMemo } from 'react';
import { Mark, Text, type TextProps } from '@mantine/core';
import type { SearchHit } from '../../api/types';
import { splitByRanges } from './split-by-ranges';

/** Whether a hit's snippet is its title again, whole (as for an agenda item found by its title). */
export function isTitleAgain(hit: Pick<SearchHit, 'snippet' | 'title'>): boolean {
  return hit.snippet.trim() !== '' && hit.snippet.trim() === hit.title.trim();
}

export function HighlightedSnippet({
  snippet,
  highlights,
  ...textProps
}: { snippet: string; highlights: readonly (readonly [number, number])[] } & TextProps) {
  const parts = useMemo(() => splitByRanges(snippet, highlights), [snippet, highlights]);
  if (parts.length === 0) return null;
  return (
    <Text size="sm" {...textProps}>
      {parts.map((part, i) =>
        part.highlighted ? (
          <Mark key={i} color="yellow" style={{ borderRadius: 2, paddingInline: 1 }}>
            {part.text}
          </Mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </Text>
  );
}
