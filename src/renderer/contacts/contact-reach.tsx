// How to reach one organisation: its e-mail (to write or copy), its phone (to copy into a phone),
// its website. Links leave the app with target="_blank": the window never navigates away, and the
// main process hands http(s) and mailto: links to the system (see src/main/web-guards.ts).
import { ActionIcon, Anchor, CopyButton, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink, IconMail, IconPhone } from '@tabler/icons-react';
import type { Contact } from '../../api/types';
import { mailtoOf, websiteOf } from './contact-links';

function CopyValue({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow position="right" openDelay={copied ? 0 : 300}>
          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={label}>
            {copied ? <IconCheck size={15} aria-hidden /> : <IconCopy size={15} aria-hidden />}
            {/* The tooltip is not announced; this is, so a screen-reader user hears the copy worked. */}
            <VisuallyHidden aria-live="polite">{copied ? 'Copied' : ''}</VisuallyHidden>
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

export function ContactReach({ contact }: { contact: Contact }) {
  const mailto = mailtoOf(contact.email);
  const website = websiteOf(contact.url);
  if (!contact.email && !contact.phone && !website) {
    return (
      <Text size="sm" c="dimmed">
        No details in the feed
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {contact.email && (
        <Group gap={6} wrap="nowrap">
          <IconMail size={15} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
          {mailto ? (
            <Anchor href={mailto} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
              {contact.email}
            </Anchor>
          ) : (
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {contact.email}
            </Text>
          )}
          <CopyValue value={contact.email.trim()} label={`Copy e-mail of ${contact.name}`} />
        </Group>
      )}
      {contact.phone && (
        <Group gap={6} wrap="nowrap">
          <IconPhone size={15} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {contact.phone}
          </Text>
          <CopyValue value={contact.phone.trim()} label={`Copy phone of ${contact.name}`} />
        </Group>
      )}
      {website && (
        <Group gap={6} wrap="nowrap">
          <IconExternalLink size={15} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
          <Anchor href={website.href} target="_blank" rel="noopener noreferrer" size="sm" title={website.href}>
            {website.label}
            <VisuallyHidden> (website of {contact.name}, opens in your browser)</VisuallyHidden>
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
