import { describe, expect, it } from 'vitest';
import type { PositionRecord } from '../../api/types';
import { changedFields, EMPTY_POSITION_FORM, formOf, saveInputOf } from './position-form';

const saved: PositionRecord = {
  id: 'position:ai-1',
  agendaItemId: 'ai-1',
  status: 'draft',
  lineToTake: 'Support the Toolbox.',
  speakingPoints: '<ul><li><p>One</p></li></ul>',
  redLines: '',
  fallback: '',
  background: '',
  owner: 'Ministry of the Interior',
  dueDate: '2027-02-10',
  createdAt: '2027-01-01T10:00:00Z',
  updatedAt: '2027-01-02T10:00:00Z',
  deletedAt: null,
};

describe('the position form', () => {
  it('starts empty for an item with no position, and from the record otherwise', () => {
    expect(formOf(null)).toEqual(EMPTY_POSITION_FORM);
    expect(formOf(saved)).toMatchObject({ status: 'draft', owner: 'Ministry of the Interior', dueDate: '2027-02-10' });
    expect(formOf({ ...saved, dueDate: null }).dueDate).toBe('');
  });

  it('reports exactly the fields the delegate changed', () => {
    const form = formOf(saved);
    expect(changedFields(form, form)).toEqual([]);
    expect(changedFields(form, { ...form, status: 'approved', redLines: 'No new obligations' })).toEqual(['status', 'redLines']);
  });

  it('saves every field, with the version it started from, a trimmed owner, and no date as null', () => {
    const input = saveInputOf('ai-1', { ...formOf(saved), owner: '  Ministry  ', dueDate: '' }, saved.updatedAt);
    expect(input).toEqual({
      agendaItemId: 'ai-1',
      status: 'draft',
      lineToTake: 'Support the Toolbox.',
      speakingPoints: '<ul><li><p>One</p></li></ul>',
      redLines: '',
      fallback: '',
      background: '',
      owner: 'Ministry',
      dueDate: null,
      expectedUpdatedAt: '2027-01-02T10:00:00Z',
    });
  });
});
