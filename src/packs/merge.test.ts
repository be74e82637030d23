import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeOutcome } from './merge';
import { note, T1, T2 } from './pack-fixtures';

describe('which side of a merge wins', () => {
  const mine = note('n1', 'meeting', 'm1', T1, { body: 'Mine' });

  it('adds a record the store does not have, and leaves one it has as it is', () => {
    expect(mergeOutcome(undefined, mine)).toBe('added');
    expect(mergeOutcome(mine, { ...mine })).toBe('left');
  });

  it('takes the state saved later, whichever side it is on', () => {
    const theirs = note('n1', 'meeting', 'm1', T2, { body: 'Theirs' });
    expect(mergeOutcome(mine, theirs)).toBe('updated');
    expect(mergeOutcome(theirs, mine)).toBe('left');
  });

  it('compares instants, not the text of the dates', () => {
    // 09:30 in Brussels (+01:00) is 08:30Z: earlier than 09:00Z, though its text sorts after.
    const brussels = note('n1', 'meeting', 'm1', '2026-11-02T09:30:00+01:00', { body: 'Brussels' });
    const utc = note('n1', 'meeting', 'm1', '2026-11-02T09:00:00Z', { body: 'UTC' });
    expect(mergeOutcome(brussels, utc)).toBe('updated');
    expect(mergeOutcome(utc, brussels)).toBe('left');
  });

  it('breaks a tie the same way on both sides: exactly one of two different states wins', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(T1, '2026-11-02T09:00:00+01:00'), (a, b, at) => {
        fc.pre(a !== b);
        const left = note('n1', 'meeting', 'm1', at, { body: a });
        const right = note('n1', 'meeting', 'm1', at, { body: b });
        const one = mergeOutcome(left, right);
        const other = mergeOutcome(right, left);
        expect([one, other].sort()).toEqual(['left', 'updated']);
      }),
    );
  });
});
