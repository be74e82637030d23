// The delegate's choices: which Member State they represent, the colour scheme and how often to
// sync. Each is saved as soon as it changes; a refusal shows under its field.
import { Input, Select, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import type { CallInput } from '../../api/contract';
import type { Settings, ThemeSetting } from '../../api/types';
import { notify } from '../sync/notify';
import { MEMBER_STATE_OPTIONS, memberStateName } from './member-states';
import { THEME_CHOICES, useThemeSetting } from './use-theme-setting';
import { useUpdateSettings } from './use-update-settings';

const INTERVALS: { value: number; label: string }[] = [
  { value: 0, label: 'Off (sync only when I ask)' },
  { value: 15, label: 'Every 15 minutes' },
  { value: 30, label: 'Every 30 minutes' },
  { value: 60, label: 'Every hour' },
  { value: 240, label: 'Every 4 hours' },
  { value: 1440, label: 'Once a day' },
];

function intervalOptions(current: number) {
  const options = INTERVALS.map((i) => ({ value: String(i.value), label: i.label }));
  // A value set elsewhere (the command line) is still shown as it is, not as a blank.
  if (!INTERVALS.some((i) => i.value === current)) options.push({ value: String(current), label: `Every ${current} minutes` });
  return options;
}

type Field = 'delegationCountry' | 'syncIntervalMinutes';

export function PreferenceFields({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const { theme, setTheme } = useThemeSetting();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  function save(field: Field, changes: CallInput<'settings.update'>, saved: string) {
    setErrors((e) => ({ ...e, [field]: undefined }));
    update.mutate(changes, {
      onSuccess: () => notify({ title: 'Settings saved', message: saved }),
      onError: (error) => setErrors((e) => ({ ...e, [field]: error.message })),
    });
  }

  return (
    <Stack gap="lg">
      <Select
        label="Delegation"
        description="The Member State you represent."
        placeholder="Choose your Member State"
        data={MEMBER_STATE_OPTIONS}
        value={settings.delegationCountry}
        onChange={(code) =>
          save(
            'delegationCountry',
            { delegationCountry: code },
            code ? `You represent ${memberStateName(code)}.` : 'No delegation is chosen.',
          )
        }
        searchable
        clearable
        nothingFoundMessage="No Member State has that name"
        error={errors.delegationCountry}
        maw={360}
      />

      <Stack gap={6}>
        <div>
          <Input.Label labelElement="div" id="theme-label">
            Colour scheme
          </Input.Label>
          <Input.Description id="theme-description">System follows your computer's light or dark setting.</Input.Description>
        </div>
        <SegmentedControl
          aria-labelledby="theme-label"
          aria-describedby="theme-description"
          data={THEME_CHOICES}
          value={theme}
          onChange={(value) => setTheme(value as ThemeSetting)}
          w="fit-content"
        />
      </Stack>

      <Select
        label="Sync the feeds automatically"
        description="While Delegate Desk is open. A scheduled sync that finds you offline simply tries again next time."
        data={intervalOptions(settings.syncIntervalMinutes)}
        value={String(settings.syncIntervalMinutes)}
        onChange={(value) => {
          if (value === null) return;
          const minutes = Number(value);
          const label = intervalOptions(minutes).find((o) => o.value === value)?.label ?? '';
          const saved = minutes === 0 ? 'Scheduled syncs are off.' : `Feeds sync ${label.toLowerCase()}.`;
          save('syncIntervalMinutes', { syncIntervalMinutes: minutes }, saved);
        }}
        allowDeselect={false}
        error={errors.syncIntervalMinutes}
        maw={360}
      />
    </Stack>
  );
}
