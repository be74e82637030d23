// The Search page: one box over papers, meetings, agenda items, contacts and the delegate's own
// annotations, positions and notes. The search lives in the address (search-address.ts:
// /search?q=5G&type=document&more=1), so Back from a result returns to the same results.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Center,
  CloseButton,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useLocation, useSearch } from 'wouter';
import type { SearchKind, SearchOrder } from '../../api/types';
import { useCall } from '../api/hooks';
import { ErrorState, EmptyState, Loading } from '../shell/states';
import { HIT_KINDS } from './hit-kinds';
import { KindFacets } from './kind-facets';
import { SearchResult } from './search-result';
import { countByKind, summary, totalOf } from './result-summary';
import { formatCount } from '../shell/format';
import { keysOf } from '../shell/keys';
import { SEARCH_SHORTCUT } from './spotlight-search';
import { MoreResults } from './more-results';
import { cameBackToPlace } from '../shell/page-scroll';
import { MOST_RESULTS } from '../../search/result-limit';
import { readSearchAddress, resultsWanted, RESULTS_STEP, searchAddress, type SearchAddress } from './search-address';

const DEBOUNCE_MS = 150;

function SearchIntro() {
  return (
    <Center py={56}>
      <Stack align="center" gap="xs" maw={480} ta="center">
        <ThemeIcon variant="light" size={56} radius="xl" aria-hidden>
          <IconSearch size={28} stroke={1.5} />
        </ThemeIcon>
        <Text fw={600} size="lg">
          Search papers, meetings, agenda items, contacts and your own notes
        </Text>
        <Text c="dimmed" size="sm">
          Every word must match; the last one may be the start of a word, so results come as you type. Put words in
          quotes to find them together: "incident notification". Press {keysOf(SEARCH_SHORTCUT).join('+')} anywhere to
          search without leaving the page you are on.
        </Text>
      </Stack>
    </Center>
  );
}

export function SearchView() {
  const address = readSearchAddress(useSearch());
  const { query, kind, order, includeArchived, more } = address;
  const [, navigate] = useLocation();
  /** The same search with some of it changed; a changed search starts again from the first hundred. */
  const go = (changes: Partial<SearchAddress>) => navigate(searchAddress({ ...address, more: 0, ...changes }), { replace: true });

  // What is typed shows at once; the address, and so the search, follows a moment later.
  const [input, setInput] = useState(query);
  const [debounced] = useDebouncedValue(input, DEBOUNCE_MS);
  const written = useRef(query);
  useEffect(() => {
    // The address changed from outside (Back, or "See all results" in Ctrl+K): show it.
    if (query !== written.current) {
      written.current = query;
      setInput(query);
    }
  }, [query]);
  useEffect(() => {
    if (debounced !== written.current) {
      written.current = debounced;
      navigate(searchAddress({ query: debounced, kind, order, includeArchived }), { replace: true });
    }
  }, [debounced, kind, order, includeArchived, navigate]);

  const hasQuery = query.trim() !== '';
  // The search itself, without how much of it is listed.
  const identity = JSON.stringify([query, kind, order, includeArchived]);
  const limit = resultsWanted(address);
  // With a kind chosen, only that kind's results grow; the first hundred of all still give the facets.
  const allLimit = kind === null ? limit : RESULTS_STEP;
  const all = useCall(
    'search',
    { query, limit: allLimit, includeArchived, order },
    // Keep the last results on screen while the next ones come: no flicker as you type.
    { enabled: hasQuery, placeholderData: (previous) => previous },
  );
  const truncated = (all.data?.length ?? 0) >= allLimit;
  // The first hundred of all kinds may hold only some of one kind: then ask for that kind alone.
  const ofKind = useCall(
    'search',
    { query, types: kind ? [kind] : [], limit, includeArchived, order },
    {
      enabled: hasQuery && kind !== null && truncated,
      placeholderData: (previous, previousQuery) => {
        const before = previousQuery?.queryKey[1] as { query?: string; types?: SearchKind[] } | undefined;
        // More of the same: what was listed stays while the rest comes.
        return before?.query === query && before.types?.[0] === kind ? previous : all.data?.filter((h) => h.type === kind);
      },
    },
  );

  // Every match of each kind, not only those among the best hundred: the best hundred may all be
  // of one kind (short agenda items outrank long papers), and the other kinds must still show.
  const found = useCall('search.counts', { query, includeArchived }, { enabled: hasQuery, placeholderData: (previous) => previous });
  const listed = useMemo(() => countByKind(all.data ?? []), [all.data]);
  // Until the count comes (or if it fails), what the results themselves say.
  const counts = truncated && found.data ? found.data : listed;
  const shown = kind === null ? all.data : truncated ? ofKind.data : all.data?.filter((h) => h.type === kind);
  const failed = all.error ?? (kind !== null && truncated ? ofKind.error : null);
  // Back from a result puts the page where it was (shell/page-scroll.ts): the search box must not
  // take the focus then, as focusing it scrolls to the top.
  const [returning] = useState(cameBackToPlace);
  const fetching = all.isFetching || ofKind.isFetching;

  // Nothing current found: whether archived records would answer, so the page offers them only
  // when they do (offered blindly, the button led to the same empty page).
  const nothingCurrent = hasQuery && !includeArchived && all.data?.length === 0;
  const withArchived = useCall('search.counts', { query, includeArchived: true }, { enabled: nothingCurrent });
  const archivedMatches = nothingCurrent && withArchived.data ? totalOf(withArchived.data) : 0;
  // Nothing at all, archived or not: a word may be misspelt, and the closest words the store
  // holds are offered (search/spelling.ts).
  const nothingAtAll = hasQuery && all.data?.length === 0 && (includeArchived || (withArchived.data !== undefined && archivedMatches === 0));
  const spelling = useCall('search.suggest', { query }, { enabled: nothingAtAll });
  const suggestion = nothingAtAll ? (spelling.data ?? null) : null;

  // "Show more" moves the keyboard to the first result it added, so the delegate reads on from there.
  // Typed as Stack types its element; it renders the list (ul).
  const list = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<{ identity: string; index: number } | null>(null);
  const showMore = () => {
    focusFrom.current = { identity, index: shown?.length ?? 0 };
    go({ more: more + 1 });
  };
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || !shown) return;
    // The delegate searched for something else meanwhile: the keyboard stays where it is.
    if (from.identity !== identity) focusFrom.current = null;
    if (from.identity !== identity || shown.length <= from.index) return;
    focusFrom.current = null;
    const added = list.current?.children[from.index] as HTMLElement | undefined;
    const link = added?.querySelector<HTMLElement>('a[href]');
    if (added && !link) added.tabIndex = -1;
    (link ?? added)?.focus();
  }, [shown, identity]);

  const chooseKind = (next: SearchKind | null) => go({ kind: next });
  const chooseOrder = (next: SearchOrder) => go({ order: next });
  const setIncludeArchived = (next: boolean) => go({ includeArchived: next });

  let body;
  if (!hasQuery) body = <SearchIntro />;
  else if (failed) body = <ErrorState error={failed} onRetry={() => void (all.error ? all.refetch() : ofKind.refetch())} />;
  else if (!all.data || !shown) body = <Loading label="Searching…" />;
  else if (all.data.length === 0)
    body = (
      <EmptyState
        title={`Nothing found for “${query.trim()}”`}
        action={
          archivedMatches > 0 ? (
            <Button variant="light" onClick={() => setIncludeArchived(true)}>
              Show {archivedMatches === 1 ? 'the archived record' : `the ${formatCount(archivedMatches)} archived records`}
            </Button>
          ) : (
            suggestion && (
              <Button variant="light" onClick={() => navigate(searchAddress({ query: suggestion, order, includeArchived }))}>
                Search for “{suggestion}”
              </Button>
            )
          )
        }
      >
        {archivedMatches > 0
          ? `Nothing current matches; ${archivedMatches === 1 ? 'one archived record does' : `${formatCount(archivedMatches)} archived records do`}.`
          : suggestion
            ? `Did you mean “${suggestion}”?`
            : 'Check the spelling, or use fewer words: every word must match.'}
      </EmptyState>
    );
  else
    body = (
      <Stack gap="md">
        <KindFacets counts={counts} total={totalOf(counts)} value={kind} onChange={chooseKind} />
        {shown.length === 0 && kind !== null ? (
          <EmptyState
            title={`No ${HIT_KINDS[kind].many} found for “${query.trim()}”`}
            action={
              <Button variant="light" onClick={() => chooseKind(null)}>
                Show all {formatCount(totalOf(counts))} results
              </Button>
            }
          />
        ) : (
          <>
            <Group justify="space-between" align="center" gap="sm">
              <Text size="sm" c="dimmed">
                {summary(counts, shown.length, kind, query.trim(), order)}
              </Text>
              <SegmentedControl
                size="xs"
                aria-label="Order of results"
                value={order}
                onChange={(value) => chooseOrder(value as SearchOrder)}
                data={[
                  { value: 'relevance', label: 'Best match' },
                  { value: 'newest', label: 'Newest first' },
                ]}
              />
            </Group>
            <Stack
              ref={list}
              component="ul"
              aria-label="Search results"
              gap="sm"
              p={0}
              m={0}
              // Dimmed while another search's results stand in; not while more of this one come.
              style={{ listStyle: 'none', opacity: all.isPlaceholderData && more === 0 ? 0.6 : 1, transition: 'opacity 120ms' }}
            >
              {shown.map((hit) => (
                <SearchResult key={`${hit.type}:${hit.id}`} hit={hit} />
              ))}
            </Stack>
            <MoreResults
              shown={shown.length}
              found={kind === null ? totalOf(counts) : (counts[kind] ?? 0)}
              step={RESULTS_STEP}
              most={MOST_RESULTS}
              loading={fetching}
              onMore={showMore}
            />
          </>
        )}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Title order={2}>Search</Title>
      <Group align="center" gap="lg" wrap="wrap">
        <TextInput
          aria-label="Search terms"
          placeholder="e.g. 5G toolbox, incident notification, CERT-FR"
          size="md"
          // Not when coming back to where the delegate was in the results: it would scroll to the top.
          autoFocus={!returning}
          style={{ flex: 1, minWidth: 280 }}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={input}
          onChange={(event) => setInput(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && input) setInput('');
          }}
          rightSection={
            fetching ? (
              <Loader size="xs" aria-hidden />
            ) : input ? (
              <CloseButton aria-label="Clear search" onClick={() => setInput('')} />
            ) : null
          }
        />
        <Switch
          label="Include archived"
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
        />
      </Group>
      {/* Always mounted, so screen readers hear each new count as results come. */}
      <VisuallyHidden role="status" aria-live="polite">
        {!hasQuery || !all.data || failed
          ? ''
          : all.data.length === 0
            ? `Nothing found${suggestion ? `. Did you mean “${suggestion}”?` : ''}`
            : summary(counts, shown?.length ?? 0, kind, query.trim(), order)}
      </VisuallyHidden>
      {body}
    </Stack>
  );
}
