import { describe, expect, it } from 'vitest';
import { briefingFileName, meetingDates } from './wording';
import type { BriefingNote } from './model';

const meeting = (startsAt: string, endsAt: string | null): BriefingNote['meeting'] => ({
  id: 'm', title: 't', kind: 'plenary', startsAt, endsAt, location: null, format: null, chair: null,
});

describe('the meeting\'s dates on the cover', () => {
  it('are in the meeting\'s own time, as its agenda prints them, with the offset named', () => {
    expect(meetingDates(meeting('2027-02-10T09:30:00+01:00', '2027-02-10T17:00:00+01:00'))).toBe('10 February 2027, 09:30 – 17:00 (UTC+01:00)');
    expect(meetingDates(meeting('2027-02-10T23:30:00-05:00', null))).toBe('10 February 2027, 23:30 (UTC-05:00)');
  });

  it('name both days of a meeting over two days, and say UTC for a time given in UTC', () => {
    expect(meetingDates(meeting('2027-02-10T09:30:00Z', '2027-02-11T13:00:00Z'))).toBe('10 February 2027, 09:30 – 11 February 2027, 13:00 (UTC)');
  });
});

describe('the suggested file name', () => {
  it('is the meeting id and day, with anything unsafe for a file system replaced', () => {
    const note = { meeting: meeting('2027-02-10T09:30:00+01:00', null) } as BriefingNote;
    expect(briefingFileName({ ...note, meeting: { ...note.meeting, id: 'mtg-2027-02-plenary' } }, 'docx')).toBe('briefing-mtg-2027-02-plenary-2027-02-10.docx');
    expect(briefingFileName({ ...note, meeting: { ...note.meeting, id: '../../etc/pass wd:é' } }, 'md')).toBe('briefing-etc-pass-wd-e-2027-02-10.md');
  });
});
