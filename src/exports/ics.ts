// Meetings as iCalendar (RFC 5545), so they land in Outlook or any calendar: one meeting, or all
// the upcoming ones. Each meeting keeps the same UID from one export to the next, so importing a
// newer file updates the event (a new date, a cancellation) instead of adding a second one.
import type { MeetingDetail } from '../api/types';
import { getMeeting, listMeetings } from '../meetings/meetings';
import type { Store } from '../store/open';
import { contentLines, escapeText } from './content-lines';
import { fileNamePart, type ExportedFile } from './exported-file';

export const ICS_MIME_TYPE = 'text/calendar';

/** Stable per meeting and unique beyond this desk (RFC 5545 §3.8.4.7). */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@delegate-desk`;
}

/** One meeting (meetingId), or every meeting not yet over and not archived. */
export function exportCalendar(db: Store, options: { meetingId?: string; now?: Date } = {}): ExportedFile {
  const now = options.now ?? new Date();
  if (options.meetingId !== undefined) {
    const meeting = getMeeting(db, options.meetingId);
    return {
      fileName: `delegate-desk-meeting-${fileNamePart(meeting.id, 'meeting')}.ics`,
      mimeType: ICS_MIME_TYPE,
      content: meetingsCalendar([meeting], now),
    };
  }
  const upcoming = listMeetings(db)
    .filter((m) => isUpcoming(m.startsAt, m.endsAt, now))
    .map((m) => getMeeting(db, m.id));
  return {
    fileName: `delegate-desk-meetings-${now.toISOString().slice(0, 10)}.ics`,
    mimeType: ICS_MIME_TYPE,
    content: meetingsCalendar(upcoming, now),
  };
}

/**
 * Not over yet, counted from the start of today (UTC): a meeting on today's date is still ahead of
 * the delegate even once it began, and one without an end time is kept for its whole day.
 */
export function isUpcoming(startsAt: string, endsAt: string | null, now: Date): boolean {
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Date.parse(endsAt ?? startsAt) >= startOfToday;
}

export function meetingsCalendar(meetings: readonly MeetingDetail[], now: Date): string {
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Delegate Desk//Delegate Desk//EN',
    'CALSCALE:GREGORIAN',
    // A copy for the delegate's own calendar, not an invitation that expects replies.
    'METHOD:PUBLISH',
    ...meetings.flatMap((m) => meetingEvent(m, now)),
    'END:VCALENDAR',
  ]);
}

// The feed's statuses in calendar words. A postponed meeting is tentative: its date may move.
const EVENT_STATUS: Record<string, string> = { confirmed: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };

function meetingEvent(meeting: MeetingDetail, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(meetingUid(meeting.id))}`,
    `DTSTAMP:${utcDateTime(now.toISOString())}`,
    // In UTC: the feed gives an offset, not a time zone name, and every calendar converts UTC
    // to the delegate's own time correctly.
    `DTSTART:${utcDateTime(meeting.startsAt)}`,
  ];
  // Without an end the event lasts no time at all (RFC 5545 §3.6.1): better than a guessed end.
  if (meeting.endsAt) lines.push(`DTEND:${utcDateTime(meeting.endsAt)}`);
  lines.push(`SUMMARY:${escapeText(meeting.title)}`);
  if (meeting.location) lines.push(`LOCATION:${escapeText(meeting.location)}`);
  const description = meetingDescription(meeting);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const status = meeting.status ? EVENT_STATUS[meeting.status] : undefined;
  if (status) lines.push(`STATUS:${status}`);
  lines.push('END:VEVENT');
  return lines;
}

const FORMAT_WORDS: Record<string, string> = { in_person: 'in person', remote: 'remote', hybrid: 'hybrid' };

/** What the delegate needs in the calendar entry: what it is for, who chairs, and the agenda. */
export function meetingDescription(meeting: MeetingDetail): string {
  const parts: string[] = [];
  if (meeting.description) parts.push(meeting.description);
  const facts: string[] = [];
  if (meeting.chair) facts.push(`Chair: ${meeting.chair}`);
  if (meeting.format) facts.push(`Format: ${FORMAT_WORDS[meeting.format] ?? meeting.format}`);
  if (facts.length) parts.push(facts.join('\n'));
  const agenda = meeting.agenda.filter((item) => !item.archived);
  if (agenda.length) {
    parts.push(['Agenda:', ...agenda.map((item) => `${item.number}. ${item.title} (${item.purpose})`)].join('\n'));
  }
  return parts.join('\n\n');
}

/** 2027-02-17T09:30:00+01:00 → 20270217T083000Z (RFC 5545 §3.3.5, form 2). */
function utcDateTime(rfc3339: string): string {
  const iso = new Date(Date.parse(rfc3339)).toISOString();
  return `${iso.slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;
}
