import { Title } from '@mantine/core';

export function MeetingsView() {
  return <Title order={2}>Meetings</Title>;
}
