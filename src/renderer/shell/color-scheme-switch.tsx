// Light, dark, or whatever the system uses: long reading sessions deserve the delegate's choice.
// A compact menu in the header; the choice is saved with the settings, so it agrees with Settings.
import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useState } from 'react';
import type { ThemeSetting } from '../../api/types';
import { THEME_CHOICES, useThemeSetting } from '../settings/use-theme-setting';

const ICONS: Record<ThemeSetting, typeof IconSun> = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop };

export function ColorSchemeSwitch() {
  const { theme, setTheme } = useThemeSetting();
  const current = THEME_CHOICES.find((c) => c.value === theme) ?? THEME_CHOICES[2]!;
  const Icon = ICONS[current.value];
  const [opened, setOpened] = useState(false);

  return (
    // No focus placeholder: Mantine's is a role="presentation" child of the menu, which axe refuses.
    <Menu position="bottom-end" withArrow withInitialFocusPlaceholder={false} opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Tooltip label={`Colour scheme: ${current.label}`} withArrow disabled={opened}>
          <ActionIcon variant="default" size="lg" aria-label={`Colour scheme: ${current.label}`}>
            <Icon size={18} stroke={1.6} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {THEME_CHOICES.map((choice) => {
          const ChoiceIcon = ICONS[choice.value];
          const selected = choice.value === theme;
          return (
            <Menu.Item
              key={choice.value}
              aria-current={selected || undefined}
              leftSection={<ChoiceIcon size={16} stroke={1.6} aria-hidden />}
              rightSection={selected ? <IconCheck size={14} aria-hidden /> : null}
              onClick={() => setTheme(choice.value)}
            >
              {choice.label}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
