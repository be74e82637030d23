// The colour scheme has two homes, Mantine's (what the page shows now) and the store's (what the
// delegate chose, kept with their data). Changing it goes through here, from the header switch or
// from Settings, so both homes change together and the two controls agree.
import { useMantineColorScheme } from '@mantine/core';
import { notify } from '../sync/notify';
import type { ThemeSetting } from '../../api/types';
import { useUpdateSettings } from './use-update-settings';

export const THEME_CHOICES: { value: ThemeSetting; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'System' },
];

export function useThemeSetting() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const update = useUpdateSettings();

  function setTheme(theme: ThemeSetting) {
    // Shown at once; saved behind it. A failed save leaves the page as chosen and says so.
    setColorScheme(theme);
    update.mutate(
      { theme },
      {
        onError: (error) => notify({ title: 'The colour scheme was not saved', message: error.message, failed: true }),
      },
    );
  }

  return { theme: colorScheme as ThemeSetting, setTheme };
}
