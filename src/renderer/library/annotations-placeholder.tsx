// The side panel's place, kept from now so the page does not change shape when the delegate's
// annotations arrive.
import { Card, Text, Title } from '@mantine/core';
import { IconHighlight } from '@tabler/icons-react';

export function AnnotationsPlaceholder() {
  return (
    <Card withBorder radius="md" padding="lg">
      <IconHighlight size={22} stroke={1.5} aria-hidden color="var(--mantine-color-dimmed)" />
      <Title order={3} size="h5" mt="xs">
        Annotations
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        Your annotations will appear here.
      </Text>
    </Card>
  );
}
