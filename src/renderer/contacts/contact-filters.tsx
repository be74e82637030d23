// The directory's filters: words, country, role, and whether archived contacts show.
import { Group, Select, Switch, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import type { Contact } from '../../api/types';
import { countryLabel, roleLabel } from './contact-labels';
import { countriesIn, rolesIn, type ContactFilter } from './filter-contacts';

export function ContactFilters({
  contacts,
  filter,
  onChange,
}: {
  /** Every contact, archived ones included: the choices should not vanish as filters apply. */
  contacts: Contact[];
  filter: ContactFilter;
  onChange: (filter: ContactFilter) => void;
}) {
  const visible = filter.showArchived ? contacts : contacts.filter((c) => !c.archived);
  const archivedCount = contacts.filter((c) => c.archived).length;
  const countries = countriesIn(visible).map((code) => ({ value: code, label: countryLabel(code) }));
  const roles = rolesIn(visible).map((role) => ({ value: role, label: roleLabel(role) }));

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <TextInput
        label="Name or organisation"
        placeholder="e.g. CERT-FR"
        leftSection={<IconFilter size={16} aria-hidden />}
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.currentTarget.value })}
        w={260}
      />
      <Select
        label="Country"
        placeholder="All countries"
        data={countries}
        value={filter.country}
        onChange={(country) => onChange({ ...filter, country })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Show every country' }}
        nothingFoundMessage="No such country in the directory"
        w={240}
      />
      <Select
        label="Role"
        placeholder="All roles"
        data={roles}
        value={filter.role}
        onChange={(role) => onChange({ ...filter, role })}
        clearable
        clearButtonProps={{ 'aria-label': 'Show every role' }}
        w={240}
      />
      <Switch
        label={archivedCount > 0 ? `Show archived (${archivedCount})` : 'Show archived'}
        checked={filter.showArchived}
        onChange={(event) => onChange({ ...filter, showArchived: event.currentTarget.checked })}
        mb={9}
      />
    </Group>
  );
}
