// What goes into the note: which agenda items, which sections per item, the delegate's private
// notes (off unless asked: the note is often sent on), and the marking printed on every page.
import { Anchor, Checkbox, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { AgendaItem } from '../../api/types';
import type { BriefingSection } from '../../briefing/model';
import { SECTION_TITLES } from '../../briefing/wording';
import { CHOSEN_SECTIONS, type BriefingSettings } from './briefing-settings';

export function BriefingOptionsForm({
  agenda,
  settings,
  onChange,
}: {
  agenda: AgendaItem[];
  settings: BriefingSettings;
  onChange: (settings: BriefingSettings) => void;
}) {
  // The checkboxes give ids in click order; the note wants them in agenda order.
  const inAgendaOrder = (ids: string[]) => agenda.map((i) => i.id).filter((id) => ids.includes(id));
  return (
    <Stack gap="lg">
      <Checkbox.Group label="Agenda items" value={settings.items} onChange={(ids) => onChange({ ...settings, items: inAgendaOrder(ids) })}>
        <Group gap="xs" mt={4} mb={6}>
          <Anchor component="button" type="button" size="sm" onClick={() => onChange({ ...settings, items: agenda.filter((i) => !i.archived).map((i) => i.id) })}>
            Select all
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={() => onChange({ ...settings, items: [] })}>
            Select none
          </Anchor>
        </Group>
        <Stack gap={6}>
          {agenda.map((item) => (
            <Checkbox
              key={item.id}
              value={item.id}
              label={
                <span style={{ overflowWrap: 'anywhere' }}>
                  {item.number}. {item.title}
                  {item.archived ? ' (taken off the agenda)' : ''}
                </span>
              }
            />
          ))}
        </Stack>
        {settings.items.length === 0 && (
          <Text size="sm" fw={600} mt={6} role="status">
            Choose at least one item for the note.
          </Text>
        )}
      </Checkbox.Group>
      <Checkbox.Group
        label="Sections for each item"
        description="Purpose and lead are always printed; a section with nothing to say is left out."
        value={settings.sections}
        onChange={(s) => onChange({ ...settings, sections: CHOSEN_SECTIONS.filter((c) => s.includes(c)) })}
      >
        <Stack gap={6} mt={6}>
          {CHOSEN_SECTIONS.map((section: BriefingSection) => (
            <Checkbox key={section} value={section} label={SECTION_TITLES[section]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Switch
        label="Include my private notes"
        description="Your notes on the meeting and its items. Leave off for a note you send on."
        checked={settings.includePrivateNotes}
        onChange={(e) => onChange({ ...settings, includePrivateNotes: e.currentTarget.checked })}
      />
      <TextInput
        label="Marking"
        description="Printed in the header of every page, e.g. a national classification marking. Empty for none."
        placeholder="None"
        maxLength={200}
        value={settings.marking}
        onChange={(e) => onChange({ ...settings, marking: e.currentTarget.value })}
      />
    </Stack>
  );
}
