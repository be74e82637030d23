// The library: every paper the feeds brought, narrowed and ordered in the page (the core hands
// over the whole list at once), in a virtualized list that stays smooth at 20,000 papers.
import { useDeferredValue, useMemo } from 'react';
import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useCall } from '../api/hooks';
import { formatCount } from '../shell/format';
import { EmptyState, ErrorState, Loading } from '../shell/states';
import { DocumentList } from './document-list';
import { clearFilters, filterDocuments, isFiltering, libraryChoices } from './filter-documents';
import { LibraryFilterBar } from './library-filter-bar';
import { useLibraryFilters } from './use-library-filters';
import './library.css';

function countLabel(shown: number, total: number, archived: number): string {
  const count = shown === total ? `${formatCount(total)} ${total === 1 ? 'document' : 'documents'}` : `${formatCount(shown)} of ${formatCount(total)} shown`;
  return archived > 0 ? `${count} · ${archived} archived` : count;
}

export function LibraryView() {
  const { filters, setFilters, update } = useLibraryFilters();
  // Keep the list in view while the archived papers load, instead of a spinner in its place.
  const query = useCall('documents.list', { includeArchived: filters.includeArchived }, { placeholderData: keepPreviousData });
  // Typing stays responsive on a large library: the list catches up a moment later.
  const deferred = useDeferredValue(filters);

  const all = query.data;
  const choices = useMemo(() => libraryChoices(all ?? []), [all]);
  const shown = useMemo(() => (all ? filterDocuments(all, deferred) : []), [all, deferred]);
  // While archived papers are being hidden again, the previous answer (with them) is still shown.
  const archivedInList = useMemo(() => (all ?? []).filter((d) => d.archived).length, [all]);
  const total = (all?.length ?? 0) - (filters.includeArchived ? 0 : archivedInList);
  const archived = filters.includeArchived ? archivedInList : 0;
  // Showing archived papers adds rows but keeps the delegate's place; any other change is a new list.
  const resetKey = JSON.stringify({ ...deferred, includeArchived: null });

  const header = (
    <Group justify="space-between" align="center" wrap="nowrap">
      <Title order={2}>Library</Title>
      {all && all.length > 0 && (
        <Group gap="lg" wrap="nowrap">
          <Text c="dimmed" size="sm" role="status" aria-live="polite">
            {countLabel(shown.length, total, archived)}
          </Text>
          <Switch
            label="Show archived"
            checked={filters.includeArchived}
            onChange={(e) => update({ includeArchived: e.currentTarget.checked })}
          />
        </Group>
      )}
    </Group>
  );

  if (query.isPending) {
    return (
      <Stack>
        {header}
        <Loading label="Loading the library…" />
      </Stack>
    );
  }
  if (query.error || !all) {
    return (
      <Stack>
        {header}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  if (all.length === 0) {
    return (
      <Stack>
        {header}
        <EmptyState title="No documents yet">Your library is empty. Add a feed in Sync or load the sample in Settings.</EmptyState>
      </Stack>
    );
  }

  return (
    <div className="dd-library-view">
      <Stack gap="md" mb="md">
        {header}
        <LibraryFilterBar filters={filters} choices={choices} onChange={update} />
      </Stack>
      {shown.length > 0 ? (
        <DocumentList documents={shown} resetKey={resetKey} />
      ) : (
        <EmptyState
          title="No documents match"
          action={
            isFiltering(filters) ? (
              <Button variant="light" mt="xs" onClick={() => setFilters(clearFilters(filters))}>
                Clear filters
              </Button>
            ) : undefined
          }
        >
          {isFiltering(filters)
            ? 'Nothing in the library fits these filters.'
            : 'Every paper in the library is archived: turn on "Show archived" to see them.'}
        </EmptyState>
      )}
    </div>
  );
}
