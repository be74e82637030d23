// Search from anywhere: Ctrl/Cmd+K (or the header's search button) opens a box that searches as
// you type; arrows choose, Enter opens, and the last choice opens the Search page with every
// result.
import { useState, type ReactNode } from 'react';
import { Badge, Box, Loader, Modal, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../api/types';
import { useCall } from '../api/hooks';
import { paths } from '../shell/paths';
import { HighlightedSnippet, isTitleAgain } from './highlighted-snippet';
import { HIT_KINDS, hitLabel } from './hit-kinds';
import { hitContext } from './hit-context';
import { hitHref } from './hit-location';
import './spotlight-search.css';

const LIMIT = 12;
const DEBOUNCE_MS = 150;

/** What one result shows; spans only, since it is the content of a button. */
function HitContent({ hit }: { hit: SearchHit }) {
  const kind = HIT_KINDS[hit.type];
  const Icon = kind.icon;
  const context = hitContext(hit);
  const titleAgain = isTitleAgain(hit);
  return (
    <Box component="span" style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', alignItems: 'flex-start', width: '100%' }}>
      <ThemeIcon component="span" variant="light" color={kind.color} size="md" radius="md" aria-hidden>
        <Icon size={16} stroke={1.6} />
      </ThemeIcon>
      <Box component="span" style={{ flex: 1, minWidth: 0 }}>
        <Text span display="block" size="sm" fw={500}>
          {titleAgain ? <HighlightedSnippet span inherit snippet={hit.snippet} highlights={hit.highlights} /> : hit.title}
        </Text>
        {context && (
          <Text span display="block" size="xs" c="dimmed" lineClamp={1}>
            {context}
          </Text>
        )}
        {!titleAgain && <HighlightedSnippet span snippet={hit.snippet} highlights={hit.highlights} size="xs" c="dimmed" lineClamp={2} />}
      </Box>
      <Badge color={hit.archived ? 'gray' : kind.color} variant="light" size="xs" style={{ flexShrink: 0 }}>
        {hit.archived ? `${hitLabel(hit)} · archived` : hitLabel(hit)}
      </Badge>
    </Box>
  );
}

/** A row that leads somewhere else than a result: all the results, or a corrected spelling. */
function ArrowAction({ label }: { label: string }) {
  return (
    <Box component="span" style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', alignItems: 'center' }}>
      <ThemeIcon component="span" variant="default" size="md" radius="md" aria-hidden>
        <IconArrowRight size={16} stroke={1.6} />
      </ThemeIcon>
      <Text span size="sm">
        {label}
      </Text>
    </Box>
  );
}

/** Search everything, from anywhere. */
export const SEARCH_SHORTCUT = 'mod+K';

export function SpotlightSearch() {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const [, navigate] = useLocation();
  const results = useCall(
    'search',
    { query: debounced, limit: LIMIT },
    { enabled: debounced !== '', placeholderData: (previous) => previous },
  );
  const typed = query.trim();
  const hits = typed && debounced ? (results.data ?? []) : [];
  const searching = typed !== '' && (typed !== debounced || results.isFetching);

  const actions: { label: string; choose: () => void; content: ReactNode; keepsOpen?: boolean }[] = hits.map((hit) => ({
    label: [`${hit.title} (${hitLabel(hit)}${hit.archived ? ', archived' : ''})`, hitContext(hit)].filter(Boolean).join(', '),
    // A position or a note does not say where it lives (see hitHref): the Search page lists it.
    choose: () => navigate(hitHref(hit) ?? paths.search(typed)),
    content: <HitContent hit={hit} />,
  }));
  const nothingFound = typed !== '' && !searching && !results.error && results.data?.length === 0;
  // Nothing found: the same words with the misspelt ones corrected, when that finds something.
  const spelling = useCall('search.suggest', { query: debounced }, { enabled: nothingFound });
  const suggestion = nothingFound ? (spelling.data ?? null) : null;
  // The Search page would find nothing more, so no "See all" under "Nothing found".
  if (typed && !nothingFound) {
    const label = `See all results for “${typed}”`;
    actions.push({ label, choose: () => navigate(paths.search(typed)), content: <ArrowAction label={label} /> });
  }
  if (suggestion) {
    const label = `Search for “${suggestion}”`;
    // Chosen, it takes the box's place: the results come as if typed, and the window stays open.
    actions.push({ label, choose: () => setQuery(suggestion), content: <ArrowAction label={label} />, keepsOpen: true });
  }

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={[SEARCH_SHORTCUT]}
      // Ctrl+K opens the search even from a text field: it is the app's one global shortcut.
      tagsToIgnore={[]}
      scrollable
      maxHeight={520}
      // A light veil and a short transition: a heavy blur over the whole window makes opening and
      // closing lag on a modest laptop, and keystrokes typed right after Ctrl+K must not be lost.
      overlayProps={{ backgroundOpacity: 0.4, blur: 2 }}
      transitionProps={{ duration: 120, transition: 'pop' }}
      classNames={{ action: 'dd-spotlight-action' }}
    >
      {/* A dialog needs a name. Modal.Title inside Spotlight's modal labels it (aria-labelledby)
          without the header bar that Spotlight's own title would add. */}
      <VisuallyHidden>
        <Modal.Title>Global search</Modal.Title>
      </VisuallyHidden>
      <Spotlight.Search
        aria-label="Search everything"
        placeholder="Search papers, meetings, agenda items, contacts and notes…"
        leftSection={<IconSearch size={20} stroke={1.5} aria-hidden />}
        rightSection={searching ? <Loader size="xs" aria-hidden /> : null}
      />
      <Spotlight.ActionsList aria-label="Search results">
        {/* One flat list keyed by position, on purpose: Spotlight marks the chosen action on its
            DOM node, so keeping nodes in place keeps the first row chosen when results arrive
            after typing, and Enter opens it. */}
        {actions.map((action, i) => (
          <Spotlight.Action
            key={i}
            aria-label={action.label}
            onClick={action.choose}
            closeSpotlightOnTrigger={!action.keepsOpen}
          >
            {action.content}
          </Spotlight.Action>
        ))}
      </Spotlight.ActionsList>
      {!typed && <Spotlight.Empty>Type to search papers, meetings, agenda items, contacts and your own notes.</Spotlight.Empty>}
      {typed && results.error && (
        <Spotlight.Empty>
          <Text size="sm" c="red">
            {results.error.message}
          </Text>
        </Spotlight.Empty>
      )}
      {nothingFound && (
        <Spotlight.Empty>
          Nothing found for “{typed}”.{suggestion && ` Did you mean “${suggestion}”?`}
        </Spotlight.Empty>
      )}
    </Spotlight.Root>
  );
}
