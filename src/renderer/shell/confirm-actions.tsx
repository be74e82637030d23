// The foot of a confirmation dialog: the error of a failed attempt, then Cancel and the
// destructive action, the same in every dialog that removes something.
import { Button, Group, Text } from '@mantine/core';

export function ConfirmActions({
  error,
  confirmLabel,
  pending,
  onCancel,
  onConfirm,
}: {
  error: string | null;
  confirmLabel: string;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color="red.8" loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </>
  );
}
