import { describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { canonicalSpeaker, compareSpeakers, MEMBER_STATES } from './speakers';

function refused(input: string): string {
  try {
    canonicalSpeaker(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).kind).toBe('rejected');
    return (error as DeskError).message;
  }
  throw new Error(`"${input}" was accepted`);
}

describe('a speaker', () => {
  it('is one of the 27 Member States by code, Greece as GR', () => {
    expect(MEMBER_STATES).toHaveLength(27);
    expect(new Set(MEMBER_STATES).size).toBe(27);
    for (const code of MEMBER_STATES) expect(canonicalSpeaker(code)).toBe(code);
  });

  it('typed as EL (the EU\'s code for Greece) is GR, so Greece has one statement per item', () => {
    expect(canonicalSpeaker('EL')).toBe('GR');
    expect(canonicalSpeaker(' el ')).toBe('GR');
  });

  it('may be the Commission, ENISA or the EEAS; codes in any case', () => {
    expect(['COM', 'enisa', 'Eeas', ' fr '].map(canonicalSpeaker)).toEqual(['COM', 'ENISA', 'EEAS', 'FR']);
  });

  it('may be an observer, by name: trimmed, inner spaces folded, case kept', () => {
    expect(canonicalSpeaker('  Norway ')).toBe('Norway');
    expect(canonicalSpeaker('Council   Secretariat')).toBe('Council Secretariat');
    expect(canonicalSpeaker('x'.repeat(80))).toHaveLength(80);
  });

  it('is refused when empty, longer than 80 characters, or holding control characters', () => {
    expect(refused('   ')).toMatch(/say who spoke/);
    expect(refused('x'.repeat(81))).toMatch(/at most 80 characters/);
    expect(refused('Nor\nway')).toMatch(/control characters/);
    expect(refused('Nor\u0000way')).toMatch(/control characters/);
  });
});

it('speakers are listed in protocol order, then COM, ENISA, EEAS, then observers by name', () => {
  const speakers = ['Norway', 'EEAS', 'SE', 'COM', 'albania', 'GR', 'BE', 'ENISA', 'DE'];
  expect([...speakers].sort(compareSpeakers)).toEqual(['BE', 'DE', 'GR', 'SE', 'COM', 'ENISA', 'EEAS', 'albania', 'Norway']);
});
