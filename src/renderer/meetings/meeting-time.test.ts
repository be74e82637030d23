import { describe, expect, it } from 'vitest';
import {
  calendarTile,
  daysUntil,
  formatCountdown,
  formatMeetingTimes,
  formatMeetingWhen,
  isUpcoming,
  meetingTimeZone,
} from './meeting-time';

describe('meeting times read as on the invitation', () => {
  it('keeps the wall-clock time of the feed, whatever the offset', () => {
    expect(formatMeetingWhen('2027-02-17T09:30:00+01:00', '2027-02-17T17:30:00+01:00')).toBe('Wed 17 Feb 2027, 09:30–17:30');
    expect(formatMeetingTimes('2027-02-17T23:30:00-05:00', null)).toBe('23:30');
    expect(meetingTimeZone('2027-02-17T09:30:00+01:00')).toBe('UTC+1');
    expect(meetingTimeZone('2027-02-17T09:30:00+05:30')).toBe('UTC+5:30');
    expect(meetingTimeZone('2027-02-17T09:30:00Z')).toBe('UTC');
  });

  it('names the end day when a meeting runs over two days', () => {
    expect(formatMeetingTimes('2027-02-17T09:30:00+01:00', '2027-02-18T13:00:00+01:00')).toBe('09:30 – Thu 18 Feb, 13:00');
  });

  it('gives the pieces of a calendar tile', () => {
    expect(calendarTile('2027-03-01T10:00:00+01:00')).toEqual({ month: 'Mar', day: '1', year: '2027', weekday: 'Mon' });
  });

  it('counts calendar days, so a meeting today is upcoming until the day is over', () => {
    const now = new Date(2027, 1, 17, 20, 0);
    expect(daysUntil('2027-02-17T09:30:00+01:00', now)).toBe(0);
    expect(formatCountdown('2027-02-17T09:30:00+01:00', now)).toBe('today');
    expect(formatCountdown('2027-02-18T09:30:00+01:00', now)).toBe('tomorrow');
    expect(formatCountdown('2027-03-10T10:00:00+01:00', now)).toBe('in 21 days');
    expect(formatCountdown('2027-02-14T10:00:00+01:00', now)).toBe('3 days ago');
    expect(formatCountdown('2027-05-18T10:00:00+02:00', now)).toBe('in 90 days');
    expect(formatCountdown('2027-06-20T10:00:00+02:00', now)).toBe('in 4 months');
    expect(formatCountdown('2025-09-01T10:00:00+02:00', now)).toBe('18 months ago');
    expect(formatCountdown('2019-01-13T10:00:00+01:00', now)).toBe('8 years ago');
    expect(isUpcoming('2027-02-17T09:30:00+01:00', now)).toBe(true);
    expect(isUpcoming('2027-02-16T09:30:00+01:00', now)).toBe(false);
  });
});
