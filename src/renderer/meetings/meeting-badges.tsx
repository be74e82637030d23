// Badges that say what a meeting is and whether it goes ahead; the same on every view.
import { Badge, Group } from '@mantine/core';
import { IconArchive, IconCalendarOff, IconClockPause, IconFlask } from '@tabler/icons-react';
import { isDisrupted, isSample, kindLabel, statusColor, statusLabel } from './meeting-labels';

export function MeetingKindBadge({ kind }: { kind: string }) {
  return (
    <Badge variant="light" color="indigo">
      {kindLabel(kind)}
    </Badge>
  );
}

export function MeetingStatusBadge({ status }: { status: string | null }) {
  if (!status) return null;
  // Filled and with an icon when the meeting does not go ahead as planned: it must stand out.
  // Otherwise a quiet dot: the text stays in the body colour, the dot carries the status.
  if (isDisrupted(status)) {
    const Icon = status === 'cancelled' ? IconCalendarOff : IconClockPause;
    return (
      <Badge variant="filled" color={statusColor(status)} autoContrast leftSection={<Icon size={12} aria-hidden />}>
        {statusLabel(status)}
      </Badge>
    );
  }
  return (
    <Badge variant="dot" color={statusColor(status)}>
      {statusLabel(status)}
    </Badge>
  );
}

export function ArchivedBadge() {
  return (
    <Badge variant="default" leftSection={<IconArchive size={12} aria-hidden />}>
      Archived
    </Badge>
  );
}

export function SampleBadge({ title }: { title: string }) {
  if (!isSample(title)) return null;
  return (
    <Badge variant="default" leftSection={<IconFlask size={12} aria-hidden />}>
      Sample data
    </Badge>
  );
}

/** Kind, status, sample and archived together, as most places show them. */
export function MeetingBadges({ meeting }: { meeting: { kind: string; status: string | null; title: string; archived: boolean } }) {
  return (
    <Group gap={6} wrap="wrap">
      <MeetingKindBadge kind={meeting.kind} />
      <MeetingStatusBadge status={meeting.status} />
      <SampleBadge title={meeting.title} />
      {meeting.archived && <ArchivedBadge />}
    </Group>
  );
}
