// What the desk holds, each count a way into its section.
import { Group, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { IconAddressBook, IconBooks, IconCalendarEvent, type Icon } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { Dashboard } from '../../api/types';
import { formatCount } from '../shell/format';
import { paths } from '../shell/paths';
import { DashboardCard } from './dashboard-card';

export function DeskCounts({ counts }: { counts: Dashboard['counts'] }) {
  return (
    <DashboardCard id="counts-heading" title="On your desk">
      <SimpleGrid cols={3} spacing="xs">
        <Count href={paths.library} icon={IconBooks} value={counts.documents} label="Documents" />
        <Count href={paths.meetings} icon={IconCalendarEvent} value={counts.meetings} label="Meetings" />
        <Count href={paths.contacts} icon={IconAddressBook} value={counts.contacts} label="Contacts" />
      </SimpleGrid>
    </DashboardCard>
  );
}

function Count({ href, icon: CountIcon, value, label }: { href: string; icon: Icon; value: number; label: string }) {
  return (
    <UnstyledButton
      component={Link}
      href={href}
      aria-label={`${formatCount(value)} ${label.toLowerCase()}`}
      p="xs"
      style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-default-border)', textAlign: 'center' }}
    >
      <Group justify="center" gap={4} mb={2}>
        <CountIcon size={16} stroke={1.6} aria-hidden color="var(--mantine-color-dimmed)" />
      </Group>
      <Text fz={22} fw={700} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatCount(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </UnstyledButton>
  );
}
