// The files that come with a paper. They live on the publisher's site: each link opens outside
// the app (the desktop shell hands it to the system browser), so the delegate knows it needs a
// network and leaves the desk.
import { Anchor, Group, List, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconFileText } from '@tabler/icons-react';
import type { Attachment } from '../../api/types';
import { formatBytes } from '../shell/format';
import { fileName, fileTypeLabel } from './document-labels';

export function DocumentAttachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="document-attachments">
      <Title order={3} size="h5" id="document-attachments">
        Attachments
      </Title>
      <List spacing="xs" listStyleType="none" p={0}>
        {attachments.map((a) => (
          <List.Item key={a.url}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" color="gray" size="md" aria-hidden>
                <IconFileText size={16} />
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Anchor href={a.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {a.title ?? fileName(a.url)}
                  <IconExternalLink size={13} aria-hidden style={{ marginLeft: 4, verticalAlign: -1 }} />
                  <VisuallyHidden> (opens outside the app)</VisuallyHidden>
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[fileTypeLabel(a.mimeType), a.sizeInBytes !== null ? formatBytes(a.sizeInBytes) : null].filter(Boolean).join(' · ')}
                </Text>
              </div>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
