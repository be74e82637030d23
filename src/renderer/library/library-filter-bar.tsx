// The controls that narrow and order the library. A filter appears only when it can tell papers
// apart (two values or more, or one already chosen): a "Language" menu offering only English
// would be a control that does nothing.
import { CloseButton, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { humanize } from '../shell/format';
import { languageName, typeLabel, yearLabel } from './document-labels';
import type { LibraryChoices, LibraryFilters, LibrarySort, ReadingFilter } from './filter-documents';

const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'date', label: 'Newest first' },
  { value: 'title', label: 'Title (A–Z)' },
];

const READING: { value: ReadingFilter; label: string }[] = [
  { value: 'unread_or_changed', label: 'Unread or changed' },
  { value: 'changed', label: 'Changed since read' },
];

const FIELD_WIDTH = 168;

function options(values: string[], label: (value: string) => string) {
  return values.map((value) => ({ value, label: label(value) }));
}

function offered(values: string[], chosen: string | null | string[]): boolean {
  return values.length > 1 || (Array.isArray(chosen) ? chosen.length > 0 : chosen !== null);
}

export function LibraryFilterBar({
  filters,
  choices,
  onChange,
}: {
  filters: LibraryFilters;
  choices: LibraryChoices;
  onChange: (change: Partial<LibraryFilters>) => void;
}) {
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label="Filter the library">
      <TextInput
        label="Filter by title or reference"
        placeholder="e.g. toolbox, 01/2020"
        value={filters.text}
        onChange={(e) => onChange({ text: e.currentTarget.value })}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          filters.text !== '' ? <CloseButton size="sm" aria-label="Clear the text filter" onClick={() => onChange({ text: '' })} /> : null
        }
        style={{ flex: '1 1 220px', minWidth: 200 }}
      />
      {offered(choices.types, filters.type) && (
        <Select
          label="Type"
          placeholder="All types"
          data={options(choices.types, typeLabel)}
          value={filters.type}
          onChange={(type) => onChange({ type })}
          clearable
          w={FIELD_WIDTH}
        />
      )}
      {offered(choices.years, filters.year) && (
        <Select
          label="Year"
          placeholder="Any year"
          data={options(choices.years, yearLabel)}
          value={filters.year}
          onChange={(year) => onChange({ year })}
          clearable
          w={128}
        />
      )}
      {offered(choices.tags, filters.tags) && (
        <MultiSelect
          label="Tags"
          placeholder={filters.tags.length === 0 ? 'Any tag' : undefined}
          title={filters.tags.length > 0 ? `Chosen: ${filters.tags.join(', ')}` : undefined}
          data={choices.tags}
          value={filters.tags}
          onChange={(tags) => onChange({ tags })}
          searchable
          clearable
          nothingFoundMessage="No such tag"
          maxDropdownHeight={280}
          w={200}
          // One line however many tags are chosen, so the bar never grows under the delegate's
          // hand; the open list shows every chosen tag ticked.
          styles={{ pillsList: { flexWrap: 'nowrap', overflow: 'hidden' }, inputField: { minWidth: 48 } }}
        />
      )}
      {offered(choices.workStreams, filters.workStream) && (
        <Select
          label="Work stream"
          placeholder="All work streams"
          data={options(choices.workStreams, (id) => choices.workStreamTitles[id] ?? id)}
          value={filters.workStream}
          onChange={(workStream) => onChange({ workStream })}
          searchable
          clearable
          w={FIELD_WIDTH}
        />
      )}
      {offered(choices.languages, filters.language) && (
        <Select
          label="Language"
          placeholder="All languages"
          data={options(choices.languages, languageName)}
          value={filters.language}
          onChange={(language) => onChange({ language })}
          clearable
          w={FIELD_WIDTH}
        />
      )}
      {offered(choices.statuses, filters.status) && (
        <Select
          label="Status"
          placeholder="Any status"
          data={options(choices.statuses, humanize)}
          value={filters.status}
          onChange={(status) => onChange({ status })}
          clearable
          w={FIELD_WIDTH}
        />
      )}
      {(choices.readMarks.length > 1 || filters.reading !== null) && (
        <Select
          label="Reading"
          placeholder="Read or not"
          data={READING}
          value={filters.reading}
          onChange={(reading) => onChange({ reading: reading as ReadingFilter | null })}
          clearable
          w={FIELD_WIDTH}
        />
      )}
      <Select
        label="Sort by"
        data={SORTS}
        value={filters.sort}
        onChange={(sort) => onChange({ sort: (sort as LibrarySort | null) ?? 'date' })}
        allowDeselect={false}
        w={150}
      />
    </Group>
  );
}
