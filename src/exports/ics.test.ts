import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { closeStore, type Store } from '../store/open';
import { BULGARIAN_LOCATION, GREEK_TITLE, LONG_ITEM_TITLE, MEETING_DESCRIPTION, NOW, storeForExports } from './export-fixtures';
import { exportCalendar, isUpcoming } from './ics';

let db: Store;
beforeAll(async () => {
  db = await storeForExports();
});
afterAll(() => closeStore(db));

/** Parsed with ical.js, as a calendar program would read it. */
function events(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  return calendar.getAllSubcomponents('vevent');
}

describe('a meeting as iCalendar', () => {
  it('carries the UID, start, end, title, place and status the calendar needs', () => {
    const file = exportCalendar(db, { meetingId: 'm-athens', now: NOW });
    expect(file).toMatchObject({ fileName: 'delegate-desk-meeting-m-athens.ics', mimeType: 'text/calendar' });
    const [event, ...others] = events(file.content);
    expect(others).toHaveLength(0);
    expect(event!.getFirstPropertyValue('uid')).toBe('m-athens@delegate-desk');
    // 09:30 in Brussels (+01:00) is 08:30 UTC; the calendar shows it in the delegate's own time.
    expect(event!.getFirstPropertyValue('dtstart')!.toString()).toBe('2027-02-17T08:30:00Z');
    expect(event!.getFirstPropertyValue('dtend')!.toString()).toBe('2027-02-18T12:00:00Z');
    expect(event!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-01T12:00:00Z');
    expect(event!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps Greek and Bulgarian text, commas, semicolons, backslashes and line breaks as they were', () => {
    const [event] = events(exportCalendar(db, { meetingId: 'm-athens', now: NOW }).content);
    expect(event!.getFirstPropertyValue('summary')).toBe(GREEK_TITLE);
    expect(event!.getFirstPropertyValue('location')).toBe(BULGARIAN_LOCATION);
    const description = event!.getFirstPropertyValue('description') as string;
    expect(description).toContain(MEETING_DESCRIPTION);
    expect(description).toContain('Chair: Presidency\nFormat: hybrid');
    expect(description).toContain(`Agenda:\n1. Adoption of the agenda (decision)\n2.b. ${LONG_ITEM_TITLE} (discussion)`);
  });

  it('folds its long lines at 75 octets with CRLF, and they read back whole', () => {
    const { content } = exportCalendar(db, { meetingId: 'm-athens', now: NOW });
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const physical = content.split('\r\n');
    expect(physical.some((line) => line.startsWith(' ')), 'the description was folded').toBe(true);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('says so for an unknown meeting', () => {
    expect(() => exportCalendar(db, { meetingId: 'm-none', now: NOW })).toThrow(
      expect.objectContaining({ kind: 'not_found', message: 'there is no meeting with id "m-none"' }) as DeskError,
    );
  });
});

describe('all upcoming meetings as iCalendar', () => {
  it('holds the meetings not yet over, cancelled ones marked so calendars drop them, and not past ones', () => {
    const file = exportCalendar(db, { now: NOW });
    expect(file.fileName).toBe('delegate-desk-meetings-2026-12-01.ics');
    const byUid = new Map(events(file.content).map((e) => [e.getFirstPropertyValue('uid'), e]));
    expect([...byUid.keys()].sort()).toEqual(['m-athens@delegate-desk', 'm-cancelled@delegate-desk']);
    expect(byUid.get('m-cancelled@delegate-desk')!.getFirstPropertyValue('status')).toBe('CANCELLED');
    // No end given: no guessed end either.
    expect(byUid.get('m-cancelled@delegate-desk')!.hasProperty('dtend')).toBe(false);
  });

  it('counts a meeting of today as upcoming even once it began, and yesterday\'s as over', () => {
    expect(isUpcoming('2026-12-01T08:00:00Z', null, NOW)).toBe(true);
    expect(isUpcoming('2026-11-30T08:00:00Z', null, NOW)).toBe(false);
    expect(isUpcoming('2026-11-29T08:00:00Z', '2026-12-02T17:00:00Z', NOW)).toBe(true);
  });
});
