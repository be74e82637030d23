import { Title } from '@mantine/core';

export function SearchView() {
  return <Title order={2}>Search</Title>;
}
