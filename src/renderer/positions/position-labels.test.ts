import { describe, expect, it } from 'vitest';
import { formatDueDate, isOverdue, localDay, POSITION_STATUS_LOOK } from './position-labels';

describe('isOverdue', () => {
  const today = '2027-02-10';

  it('flags a position whose due day has passed and is not approved yet', () => {
    expect(isOverdue({ status: 'draft', dueDate: '2027-02-09' }, today)).toBe(true);
    expect(isOverdue({ status: 'in_coordination', dueDate: '2026-12-31' }, today)).toBe(true);
  });

  it('leaves a position due today, later, or without a date alone', () => {
    expect(isOverdue({ status: 'draft', dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: 'draft', dueDate: '2027-03-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'draft', dueDate: null }, today)).toBe(false);
  });

  it('never flags an approved position: it is done whatever its date said', () => {
    expect(isOverdue({ status: 'approved', dueDate: '2027-01-01' }, today)).toBe(false);
  });
});

describe('dates as a delegate reads them', () => {
  it('reads a due day on the local calendar, never the day before', () => {
    expect(formatDueDate('2027-02-03')).toBe('3 Feb 2027');
    expect(formatDueDate('2027-12-31')).toBe('31 Dec 2027');
  });

  it('gives today as YYYY-MM-DD in local time', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('status looks', () => {
  it('gives every status its own colour and its own word', () => {
    const looks = Object.values(POSITION_STATUS_LOOK);
    expect(new Set(looks.map((l) => l.color)).size).toBe(looks.length);
    expect(new Set(looks.map((l) => l.label)).size).toBe(looks.length);
  });
});
