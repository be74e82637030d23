import { Title } from '@mantine/core';

export function SyncView() {
  return <Title order={2}>Sync</Title>;
}
