import { describe, expect, it } from 'vitest';
import type { TourDeTable } from '../../api/types';
import { withoutStatement, withPrevious, withStatement } from './tour-state';

const empty: TourDeTable = {
  agendaItemId: 'ai-1',
  statements: [],
  ownSpeaker: 'FR',
  summary: { ownStance: null, close: [], opposed: [], other: [] },
};
const at = '2027-02-17T10:00:00.000Z';

describe('the grid while a save is on its way', () => {
  it('adds a new speaker with the id two stores agree on', () => {
    const table = withStatement(empty, { speaker: 'DE', stance: 'support', comment: '' }, at);
    expect(table.statements).toEqual([
      { id: 'statement:ai-1:DE', agendaItemId: 'ai-1', speaker: 'DE', stance: 'support', comment: '', createdAt: at, updatedAt: at, deletedAt: null },
    ]);
  });

  it('changes a speaker already recorded, keeping one row per speaker and when it was first said', () => {
    const first = withStatement(empty, { speaker: 'DE', stance: 'support', comment: '' }, at);
    const table = withStatement(first, { speaker: 'DE', stance: 'reservation', comment: 'Needs time' }, '2027-02-17T10:05:00.000Z');
    expect(table.statements).toHaveLength(1);
    expect(table.statements[0]).toMatchObject({ stance: 'reservation', comment: 'Needs time', createdAt: at, updatedAt: '2027-02-17T10:05:00.000Z' });
  });

  it('clears a speaker, leaving the others', () => {
    const two = withStatement(withStatement(empty, { speaker: 'DE', stance: 'support', comment: '' }, at), { speaker: 'IT', stance: 'against', comment: '' }, at);
    expect(withoutStatement(two, 'DE').statements.map((s) => s.speaker)).toEqual(['IT']);
  });

  it('puts back exactly the row a failed save changed, not the rows saved meanwhile', () => {
    const before = withStatement(empty, { speaker: 'DE', stance: 'support', comment: 'ok' }, at);
    const previous = before.statements[0];
    // DE changed (and will fail), IT recorded meanwhile (and succeeds).
    const during = withStatement(withStatement(before, { speaker: 'DE', stance: 'against', comment: 'ok' }, at), { speaker: 'IT', stance: 'no_view', comment: '' }, at);
    const after = withPrevious(during, 'DE', previous);
    expect(after.statements.find((s) => s.speaker === 'DE')).toEqual(previous);
    expect(after.statements.find((s) => s.speaker === 'IT')?.stance).toBe('no_view');
    // A speaker who had nothing before has nothing again.
    expect(withPrevious(during, 'IT', undefined).statements.map((s) => s.speaker)).toEqual(['DE']);
  });
});
