import { Badge } from '@mantine/core';

export function SyncStatusBadge() {
  return <Badge variant="light">Sync</Badge>;
}
