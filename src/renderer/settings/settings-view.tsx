// The delegate's settings and what the desk is: their delegation, the colour scheme, how often to
// sync, where the data lives, and the sample data to remove once real feeds are in.
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCall } from '../api/hooks';
import { QueryView } from '../shell/states';
import { DataLocation } from './data-location';
import { PreferenceFields } from './preference-fields';
import { RemoveSample } from './remove-sample';
import { PacksSection } from '../packs/packs-section';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={3} id={id}>
        {title}
      </Title>
      <Paper withBorder p="lg">
        {children}
      </Paper>
    </Stack>
  );
}

export function SettingsView() {
  const settings = useCall('settings.get', {});
  const info = useCall('app.info', {});

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap={4}>
        <Title order={2}>Settings</Title>
        <Text c="dimmed" size="sm">
          Changes are saved as you make them, on this device only.
        </Text>
      </Stack>

      <Section id="settings-preferences" title="Preferences">
        <QueryView query={settings} loading="Loading your settings…">
          {(s) => <PreferenceFields settings={s} />}
        </QueryView>
      </Section>

      <Section id="settings-data" title="Data on this device">
        <QueryView query={info} loading="Loading…">
          {(i) => <DataLocation info={i} />}
        </QueryView>
      </Section>

      <Section id="settings-packs" title="Back up and share your work">
        <PacksSection />
      </Section>

      {info.data?.hasSample && (
        <Section id="settings-sample" title="Sample data">
          <RemoveSample />
        </Section>
      )}
    </Stack>
  );
}
