// What the desk holds, each count a way into its section.
import { Card, Group, SimpleGrid, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAddressBook, IconBooks, IconCalendarEvent, type Icon } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { Dashboard } from '../../api/types';
import { formatCount } from '../shell/format';
import { paths } from '../shell/paths';

export function DeskCounts({ counts }: { counts: Dashboard['counts'] }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="counts-heading">
      <Title order={3} size="h4" id="counts-heading" mb="sm">
        On your desk
      </Title>
      <SimpleGrid cols={3} spacing="xs">
        <Count href={paths.library} icon={IconBooks} value={counts.documents} label="Documents" />
        <Count href={paths.meetings} icon={IconCalendarEvent} value={counts.meetings} label="Meetings" />
        <Count href={paths.contacts} icon={IconAddressBook} value={counts.contacts} label="Contacts" />
      </SimpleGrid>
    </Card>
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
