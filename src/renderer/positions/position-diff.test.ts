import { describe, expect, it } from 'vitest';
import type { PositionRecord } from '../../api/types';
import { positionChanges, wordDiff } from './position-diff';

const base: PositionRecord = {
  id: 'position:ai-1',
  agendaItemId: 'ai-1',
  status: 'draft',
  lineToTake: 'Support the Toolbox as it stands.',
  speakingPoints: '<p>One</p>',
  redLines: '',
  fallback: '',
  background: '',
  owner: 'Ministry',
  dueDate: null,
  createdAt: '2027-01-01T10:00:00Z',
  updatedAt: '2027-01-01T10:00:00Z',
  deletedAt: null,
};
// Stands in for the browser's reading of the HTML: the tags go, the words stay.
const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('what changed between two versions of a position', () => {
  it('names nothing when only the save time differs', () => {
    expect(positionChanges(base, { ...base, updatedAt: '2027-01-05T10:00:00Z' }, plainText)).toEqual([]);
  });

  it('gives the status and the due date in words, before and after', () => {
    const changes = positionChanges(base, { ...base, status: 'approved', dueDate: '2027-02-03' }, plainText);
    expect(changes).toEqual([
      { field: 'status', label: 'Status', before: 'Draft', after: 'Approved', parts: null },
      { field: 'dueDate', label: 'Due date', before: '', after: '3 Feb 2027', parts: null },
    ]);
  });

  it('marks the words added and removed in a text, keeping the rest', () => {
    const [change] = positionChanges(base, { ...base, lineToTake: 'Support the Toolbox with reservations.' }, plainText);
    expect(change!.field).toBe('lineToTake');
    const removed = change!.parts!.filter((p) => p.kind === 'removed').map((p) => p.text.trim());
    const added = change!.parts!.filter((p) => p.kind === 'added').map((p) => p.text.trim());
    expect(removed.join(' ')).toBe('as it stands');
    expect(added.join(' ')).toBe('with reservations');
    // Reading the kept and added runs gives the newer text back; kept and removed, the older.
    expect(change!.parts!.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Support the Toolbox with reservations.');
    expect(change!.parts!.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Support the Toolbox as it stands.');
  });

  it('compares speaking points by their words, so markup alone is no change', () => {
    expect(positionChanges(base, { ...base, speakingPoints: '<p>One </p>' }, plainText)).toEqual([]);
    const [change] = positionChanges(base, { ...base, speakingPoints: '<ul><li>One</li><li>Two</li></ul>' }, plainText);
    expect(change).toMatchObject({ field: 'speakingPoints', before: 'One', after: 'One Two' });
  });

  it('treats a first save as everything added, except a status still at "no position"', () => {
    const changes = positionChanges(null, { ...base, status: 'none' }, plainText);
    expect(changes.map((c) => c.field)).toEqual(['lineToTake', 'speakingPoints', 'owner']);
    expect(changes.every((c) => c.before === '')).toBe(true);
    expect(positionChanges(null, base, plainText)[0]).toMatchObject({ field: 'status', after: 'Draft' });
  });

  it('diffs words, not characters', () => {
    expect(wordDiff('red lines', 'red line')).toEqual([
      { kind: 'same', text: 'red ' },
      { kind: 'removed', text: 'lines' },
      { kind: 'added', text: 'line' },
    ]);
  });
});
