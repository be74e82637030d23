// Offline is a normal state for a delegate on a train: said calmly, and nothing is blocked.
import { Alert } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';

export function OfflineNotice() {
  return (
    <Alert color="gray" variant="light" icon={<IconWifiOff aria-hidden />} title="You are offline" role="status">
      Everything stored on this device still works; syncing resumes when you are back online.
    </Alert>
  );
}
