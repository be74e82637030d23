import { Title } from '@mantine/core';

export function DashboardView() {
  return <Title order={2}>Dashboard</Title>;
}
