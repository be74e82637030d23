import { describe, expect, it } from 'vitest';
import type { Stance, StatementRecord } from '../local-records/records';
import { summarise } from './summary';

const T = '2027-02-17T10:00:00.000Z';
function said(speaker: string, stance: Stance): StatementRecord {
  return { id: `s:${speaker}`, agendaItemId: 'a1', speaker, stance, comment: '', createdAt: T, updatedAt: T, deletedAt: null };
}

const room = [
  said('BE', 'support'),
  said('DE', 'against'),
  said('FR', 'reservation'),
  said('IT', 'scrutiny_reservation'),
  said('NL', 'no_view'),
  said('COM', 'support'),
];

describe('the summary of a tour de table', () => {
  it('groups the others as close (same stance), opposed (support against against) and other', () => {
    expect(summarise(room, 'BE')).toEqual({ ownStance: 'support', close: ['COM'], opposed: ['DE'], other: ['FR', 'IT', 'NL'] });
    expect(summarise(room, 'DE')).toEqual({ ownStance: 'against', close: [], opposed: ['BE', 'COM'], other: ['FR', 'IT', 'NL'] });
  });

  it('counts a reservation and a scrutiny reservation as the same stance', () => {
    expect(summarise(room, 'FR')).toEqual({ ownStance: 'reservation', close: ['IT'], opposed: [], other: ['BE', 'DE', 'NL', 'COM'] });
    expect(summarise(room, 'IT')).toMatchObject({ ownStance: 'scrutiny_reservation', close: ['FR'] });
  });

  it('puts those with no view close to our no view, and opposes nobody to it', () => {
    expect(summarise(room, 'NL')).toEqual({ ownStance: 'no_view', close: [], opposed: [], other: ['BE', 'DE', 'FR', 'IT', 'COM'] });
    expect(summarise([...room, said('AT', 'no_view')], 'NL')).toMatchObject({ close: ['AT'], opposed: [] });
  });

  it('without our own statement, or without a delegation, has no own stance and everyone is other', () => {
    const everyone = ['BE', 'DE', 'FR', 'IT', 'NL', 'COM'];
    expect(summarise(room, 'PL')).toEqual({ ownStance: null, close: [], opposed: [], other: everyone });
    expect(summarise(room, null)).toEqual({ ownStance: null, close: [], opposed: [], other: everyone });
    expect(summarise([], 'BE')).toEqual({ ownStance: null, close: [], opposed: [], other: [] });
  });
});
