// Where the delegate's data lives and which build holds it: what IT support or a backup needs,
// shown read-only with a copy button rather than as text to select by hand.
import { ActionIcon, CopyButton, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { AppInfo } from '../../api/types';

export function CopyableField({ label, value, description }: { label: string; value: string; description: string }) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      readOnly
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
      rightSection={
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow position="left">
              <ActionIcon
                variant="subtle"
                color={copied ? 'teal' : 'gray'}
                onClick={copy}
                aria-label={copied ? `${label} copied` : `Copy ${label.toLowerCase()}`}
              >
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}

export function DataLocation({ info }: { info: AppInfo }) {
  return (
    <Stack gap="md">
      <CopyableField
        label="Data folder"
        value={info.dataFolder}
        description="Everything Delegate Desk stores is in this folder on this device."
      />
      <CopyableField label="Data file" value={info.storePath} description="The one file that holds your papers, notes and positions." />
      <Group gap="xl">
        <div>
          <Text size="sm" fw={500}>
            Version
          </Text>
          <Text size="sm" c="dimmed">
            {info.version}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={500}>
            Running as
          </Text>
          <Text size="sm" c="dimmed">
            {info.mode === 'desktop' ? 'Desktop app' : 'Browser mode (this computer only)'}
          </Text>
        </div>
      </Group>
    </Stack>
  );
}
