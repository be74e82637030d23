// What the window shows until the desktop UI exists: the app is here, and the command line
// already does the work.
import { Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import type { DeskBridge } from '../preload/desk-bridge';
import { ColorSchemeSwitch } from './color-scheme-switch';

// Absent when the page runs in a plain browser (the coming `npm run web`), hence optional.
declare global {
  interface Window {
    readonly delegateDesk?: DeskBridge;
  }
}

export function WelcomePage() {
  const version = window.delegateDesk?.version;
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={1}>Delegate Desk</Title>
          <ColorSchemeSwitch />
        </Group>
        <Text>
          The desktop interface is coming. The command line works now: papers, meetings, positions
          and contacts, offline.
        </Text>
        <Text>
          In a terminal, in the project folder, run <Code>npx delegate-desk --help</Code>.
        </Text>
        {version && (
          <Text size="sm" c="dimmed">
            Version {version}
          </Text>
        )}
      </Stack>
    </Container>
  );
}
