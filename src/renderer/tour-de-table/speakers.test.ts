import { describe, expect, it } from 'vitest';
import { isObserver, observerName, speakerName, tourDeTableSpeakers } from './speakers';
import { STANCE_LOOKS, stanceForKey } from './stances';

describe('the speakers of a tour de table', () => {
  it('lists the 27 Member States, then the Commission, ENISA and the EEAS', () => {
    const speakers = tourDeTableSpeakers(null, []);
    expect(speakers).toHaveLength(30);
    expect(speakers.filter((s) => s.group === 'member_state')).toHaveLength(27);
    expect(speakers.slice(-3).map((s) => s.id)).toEqual(['COM', 'ENISA', 'EEAS']);
  });

  it("puts the delegation's own country first, once", () => {
    const speakers = tourDeTableSpeakers('FR', ['FR', 'DE']);
    expect(speakers[0]).toEqual({ id: 'FR', name: 'France', group: 'own' });
    expect(speakers.filter((s) => s.id === 'FR')).toHaveLength(1);
    expect(speakers).toHaveLength(30);
  });

  it('lists the other Member States in protocol order, as the floor goes round the room', () => {
    const codes = tourDeTableSpeakers('FR', [])
      .filter((s) => s.group === 'member_state')
      .map((s) => s.id);
    expect(codes.slice(0, 5)).toEqual(['BE', 'BG', 'CZ', 'DK', 'DE']);
    expect(codes.slice(-2)).toEqual(['FI', 'SE']);
    expect(codes).not.toContain('FR');
  });

  it('keeps a row for every observer who spoke, and for those just added, after the Union bodies', () => {
    const speakers = tourDeTableSpeakers('FR', ['Norway', 'COM', 'DE'], ['Council Secretariat', 'Norway']);
    expect(speakers.slice(-2)).toEqual([
      { id: 'Council Secretariat', name: 'Council Secretariat', group: 'observer' },
      { id: 'Norway', name: 'Norway', group: 'observer' },
    ]);
  });

  it('names Member States and Union bodies in words, observers as recorded', () => {
    expect(speakerName('GR')).toBe('Greece');
    expect(speakerName('COM')).toBe('European Commission');
    expect(speakerName('Norway')).toBe('Norway');
    expect(isObserver('Norway')).toBe(true);
    expect(isObserver('DE')).toBe(false);
    expect(isObserver('ENISA')).toBe(false);
  });

  it('takes an observer name tidied, and refuses an empty one or one already listed', () => {
    const listed = tourDeTableSpeakers('FR', ['Norway']);
    expect(observerName('  Council   Secretariat ', listed)).toBe('Council Secretariat');
    expect(observerName('   ', listed)).toBeNull();
    expect(observerName('norway', listed)).toBeNull();
    expect(observerName('Germany', listed)).toBeNull();
    expect(observerName('com', listed)).toBeNull();
  });
});

describe('stances', () => {
  it('records each of the five with its own digit and colour', () => {
    expect(STANCE_LOOKS.map((s) => s.value)).toEqual(['support', 'against', 'reservation', 'scrutiny_reservation', 'no_view']);
    expect(new Set(STANCE_LOOKS.map((s) => s.color)).size).toBe(5);
    expect(stanceForKey('1')).toBe('support');
    expect(stanceForKey('4')).toBe('scrutiny_reservation');
    expect(stanceForKey('9')).toBeNull();
  });
});
