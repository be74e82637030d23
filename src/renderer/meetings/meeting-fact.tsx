// A fact about a meeting with its icon: "Brussels", "09:30–17:30".
import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

export function MeetingFact({ icon: FactIcon, children }: { icon: Icon; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <FactIcon size={16} stroke={1.6} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}
