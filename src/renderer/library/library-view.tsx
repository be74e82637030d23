import { Title } from '@mantine/core';

export function LibraryView() {
  return <Title order={2}>Library</Title>;
}
