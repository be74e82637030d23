import { Title } from '@mantine/core';

export function ContactsView() {
  return <Title order={2}>Contacts</Title>;
}
