// The meetings a paper is tabled at: the way from a paper back to where it will be discussed.
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { DocumentDetail } from '../../api/types';
import { paths } from '../shell/paths';

export function DocumentAgenda({ meetings }: { meetings: DocumentDetail['meetings'] }) {
  if (meetings.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="document-agenda">
      <Title order={3} size="h5" id="document-agenda">
        On the agenda of
      </Title>
      <List spacing={6} size="sm">
        {meetings.map((m) => (
          <List.Item key={m.agendaItemId}>
            <Anchor component={Link} href={paths.meeting(m.id)} size="sm">
              {m.title}
            </Anchor>
            <Text component="span" size="sm" c="dimmed">
              {' '}
              · item {m.number}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
