// The words and colours for a meeting's kind, status and format and an agenda item's purpose,
// in one place so the dashboard, the list and the meeting page say the same thing. The values
// are those of the feed format (src/feed/format.ts); anything else is shown humanised.
import type { MantineColor } from '@mantine/core';
import { humanize } from '../shell/format';

export const MEETING_KINDS = [
  { value: 'plenary', label: 'Plenary' },
  { value: 'work_stream', label: 'Work stream' },
  { value: 'csirts_network', label: 'CSIRTs network' },
  { value: 'workshop', label: 'Workshop' },
  { value: 'other', label: 'Other' },
];

export const MEETING_STATUSES = [
  { value: 'planned', label: 'Planned' },
  { value: 'confirmed', label: 'Confirmed' },
  { value: 'postponed', label: 'Postponed' },
  { value: 'cancelled', label: 'Cancelled' },
];

const FORMATS: Record<string, string> = { in_person: 'In person', remote: 'Remote', hybrid: 'Hybrid' };

// Shades chosen for contrast (WCAG AA) in light and dark: postponed and cancelled are filled
// badges, and Mantine's sixth orange and red are too light under white text.
const STATUS_COLORS: Record<string, MantineColor> = {
  planned: 'gray.6',
  confirmed: 'green',
  postponed: 'orange',
  cancelled: 'red.9',
};

// Three hues far apart, so the purpose reads at a glance down a long agenda; all three keep
// their light badges readable (orange, green and yellow do not).
const PURPOSE_COLORS: Record<string, MantineColor> = {
  information: 'cyan',
  discussion: 'violet',
  decision: 'pink',
};

function labelOf(list: { value: string; label: string }[], value: string): string {
  return list.find((entry) => entry.value === value)?.label ?? humanize(value);
}

export const kindLabel = (kind: string) => labelOf(MEETING_KINDS, kind);
export const statusLabel = (status: string) => labelOf(MEETING_STATUSES, status);
export const formatLabel = (format: string) => FORMATS[format] ?? humanize(format);
export const statusColor = (status: string): MantineColor => STATUS_COLORS[status] ?? 'gray';
export const purposeColor = (purpose: string): MantineColor => PURPOSE_COLORS[purpose] ?? 'gray';

/** Postponed and cancelled meetings must not be mistaken for ones that go ahead. */
export const isDisrupted = (status: string | null) => status === 'postponed' || status === 'cancelled';

/** The sample feed marks its invented meetings this way; a badge says so wherever they appear. */
export const isSample = (title: string) => title.startsWith('Sample:');

/** "6 agenda items", "No agenda yet". */
export function agendaCount(items: number): string {
  if (items === 0) return 'No agenda yet';
  return items === 1 ? '1 agenda item' : `${items} agenda items`;
}
