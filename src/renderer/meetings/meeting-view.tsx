import { Title } from '@mantine/core';

export function MeetingView({ id }: { id: string }) {
  return <Title order={2}>{id}</Title>;
}
