// Meeting times as printed on the invitation. The feed gives each time in the meeting's own
// local time with its offset (docs/feed-format.md), so the wall-clock time is read from the
// string itself and never converted to this computer's time zone: a delegate in Lisbon preparing
// a Brussels meeting still reads "09:30", as the secretariat wrote it.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;

interface WallClock {
  /** "2027-02-17": the meeting's own calendar day, comparable as a string. */
  day: string;
  /** "09:30" */
  time: string;
  /** "UTC+1", "UTC+5:30", "UTC" */
  offset: string;
  /** The wall-clock moment as if it were UTC, only for formatting with timeZone: 'UTC'. */
  asUtc: Date;
}

function wallClock(iso: string): WallClock | null {
  const m = RFC3339.exec(iso);
  if (!m) return null;
  const [, year, month, day, hour, minute, zone] = m as unknown as [string, string, string, string, string, string, string];
  return {
    day: `${year}-${month}-${day}`,
    time: `${hour}:${minute}`,
    offset: offsetLabel(zone),
    asUtc: new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute))),
  };
}

function offsetLabel(zone: string): string {
  if (zone === 'Z' || zone === 'z' || zone === '+00:00' || zone === '-00:00') return 'UTC';
  const sign = zone.charAt(0) === '-' ? '−' : '+';
  const hours = Number(zone.slice(1, 3));
  const minutes = zone.slice(4, 6);
  return minutes === '00' ? `UTC${sign}${hours}` : `UTC${sign}${hours}:${minutes}`;
}

const parts = {
  month: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
  weekday: new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }),
};

// Built from parts: ICU versions disagree on the comma after the weekday.
function dayLabel(d: Date, withYear: boolean): string {
  const label = `${parts.weekday.format(d)} ${d.getUTCDate()} ${parts.month.format(d)}`;
  return withYear ? `${label} ${d.getUTCFullYear()}` : label;
}

/** "Wed 17 Feb 2027". */
export function formatMeetingDate(startsAt: string): string {
  const start = wallClock(startsAt);
  return start ? dayLabel(start.asUtc, true) : startsAt;
}

/** "09:30–17:30", or "09:30 – Thu 18 Feb, 13:00" when the meeting runs over more than one day. */
export function formatMeetingTimes(startsAt: string, endsAt: string | null): string {
  const start = wallClock(startsAt);
  if (!start) return '';
  const end = endsAt ? wallClock(endsAt) : null;
  if (!end) return start.time;
  if (end.day === start.day) return `${start.time}–${end.time}`;
  return `${start.time} – ${dayLabel(end.asUtc, false)}, ${end.time}`;
}

/** "Wed 17 Feb 2027, 09:30–17:30". */
export function formatMeetingWhen(startsAt: string, endsAt: string | null): string {
  const times = formatMeetingTimes(startsAt, endsAt);
  return times ? `${formatMeetingDate(startsAt)}, ${times}` : formatMeetingDate(startsAt);
}

/** The offset the times are given in, "UTC+1", so a delegate abroad knows how to read them. */
export function meetingTimeZone(startsAt: string): string | null {
  return wallClock(startsAt)?.offset ?? null;
}

/** The pieces of a calendar tile: "FEB", "17", "2027", "Wed". */
export function calendarTile(startsAt: string): { month: string; day: string; year: string; weekday: string } | null {
  const start = wallClock(startsAt);
  if (!start) return null;
  return {
    month: parts.month.format(start.asUtc),
    day: String(start.asUtc.getUTCDate()),
    year: String(start.asUtc.getUTCFullYear()),
    weekday: parts.weekday.format(start.asUtc),
  };
}

function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Calendar days from today (on this computer) to the meeting's day; negative once it is past. */
export function daysUntil(startsAt: string, now: Date = new Date()): number {
  const start = wallClock(startsAt);
  const day = start?.day ?? startsAt.slice(0, 10);
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${localDay(now)}T00:00:00Z`)) / 86_400_000);
}

const relativeDays = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/**
 * "today", "tomorrow", "in 82 days", "3 days ago"; beyond three months in months ("5 months
 * ago"), beyond two years in years ("7 years ago"): nobody counts 2,884 days. The date is beside it.
 */
export function formatCountdown(startsAt: string, now: Date = new Date()): string {
  const days = daysUntil(startsAt, now);
  if (Number.isNaN(days)) return '';
  if (Math.abs(days) <= 90) return relativeDays.format(days, 'day');
  const months = Math.round(days / 30.44);
  if (Math.abs(months) < 24) return relativeDays.format(months, 'month');
  return relativeDays.format(Math.round(days / 365.25), 'year');
}

/** A meeting is upcoming from the day it starts on: today's meeting is still ahead of the delegate. */
export function isUpcoming(startsAt: string, now: Date = new Date()): boolean {
  return daysUntil(startsAt, now) >= 0;
}

/** For sorting: the real instant, whatever the offsets (the store orders by the raw string). */
export function startsAtTime(startsAt: string): number {
  const t = Date.parse(startsAt);
  return Number.isNaN(t) ? 0 : t;
}
