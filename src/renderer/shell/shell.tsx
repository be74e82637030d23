// The frame around every view: navigation, the global search (Ctrl/Cmd+K), the sync status and
// the colour scheme.
import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title, UnstyledButton, Kbd } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import {
  IconBooks,
  IconCalendarEvent,
  IconFlag,
  IconAddressBook,
  IconLayoutDashboard,
  IconRefresh,
  IconSearch,
  IconSettings,
} from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import { paths } from './paths';
import { Routes } from './routes';
import { SyncStatusBadge } from '../sync/sync-status-badge';
import { SpotlightSearch } from '../search/spotlight-search';
import { ColorSchemeSwitch } from './color-scheme-switch';
import { LeaveQuestion } from './leave-question';
import { PageFind } from './page-find';
import { PAGE_ID, SkipLink } from './skip-link';
import { KeyboardShortcuts } from './shortcuts';
import { RecoveredWriting } from '../recovery/recovered-writing';

const NAV = [
  { href: paths.dashboard, label: 'Dashboard', icon: IconLayoutDashboard },
  { href: paths.meetings, label: 'Meetings', icon: IconCalendarEvent },
  { href: paths.positions, label: 'Positions', icon: IconFlag },
  { href: paths.library, label: 'Library', icon: IconBooks },
  { href: paths.contacts, label: 'Contacts', icon: IconAddressBook },
  { href: paths.search(), label: 'Search', icon: IconSearch },
  { href: paths.sync, label: 'Sync', icon: IconRefresh },
  { href: paths.settings, label: 'Settings', icon: IconSettings },
];

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const [location] = useLocation();
  const isActive = (href: string) => (href === '/' ? location === '/' : location.startsWith(href.split('?')[0]!));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Show navigation" />
            <Title order={1} size="h4">
              Delegate Desk
            </Title>
          </Group>
          <UnstyledButton
            onClick={() => spotlight.open()}
            aria-label="Search everything (Ctrl+K)"
            px="sm"
            py={6}
            style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, minWidth: 240 }}
            visibleFrom="xs"
          >
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                <IconSearch size={16} aria-hidden />
                <Text size="sm" c="dimmed">
                  Search everything
                </Text>
              </Group>
              <Kbd size="xs">Ctrl K</Kbd>
            </Group>
          </UnstyledButton>
          <Group gap="sm" wrap="nowrap">
            <SyncStatusBadge />
            <KeyboardShortcuts />
            <ColorSchemeSwitch />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Sections">
        <ScrollArea>
          {NAV.map(({ href, label, icon: Icon }) => (
            <NavLink
              key={label}
              component={Link}
              href={href}
              label={label}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              active={isActive(href)}
              aria-current={isActive(href) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main id={PAGE_ID} tabIndex={-1}>
        <RecoveredWriting />
        <Routes />
      </AppShell.Main>
      <SpotlightSearch />
      <PageFind />
      <LeaveQuestion />
    </AppShell>
  );
}
