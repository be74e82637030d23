// The frame of the dashboard's side cards: a section named by its heading, in one look.
import type { ReactNode } from 'react';
import { Card, Stack, Title } from '@mantine/core';

export function DashboardCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
