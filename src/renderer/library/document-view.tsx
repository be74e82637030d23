import { Title } from '@mantine/core';

export function DocumentView({ id }: { id: string }) {
  return <Title order={2}>{id}</Title>;
}
