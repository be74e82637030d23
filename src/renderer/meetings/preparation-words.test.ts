import { describe, expect, it } from 'vitest';
import { preparationWords } from './preparation-words';

const state = { items: 7, withPosition: 5, approved: 3, unreadDocuments: 2, changedDocuments: 1 };

describe('how preparation reads', () => {
  it('says approved positions of all items, those in preparation, and papers to read', () => {
    expect(preparationWords(state, 6)).toEqual({
      positions: '3 of 7 items with an approved position',
      started: '2 more in preparation',
      unread: '2 papers unread',
      changed: '1 changed since read',
      allRead: null,
      approvedShare: (3 / 7) * 100,
      startedShare: (2 / 7) * 100,
    });
  });

  it('uses the singular for one, and says when every paper is read', () => {
    const one = preparationWords({ items: 1, withPosition: 1, approved: 1, unreadDocuments: 1, changedDocuments: 0 }, 1);
    expect(one).toMatchObject({ positions: '1 of 1 item with an approved position', started: null, unread: '1 paper unread', changed: null });
    expect(preparationWords({ ...state, unreadDocuments: 0, changedDocuments: 0 }, 4)).toMatchObject({ unread: null, allRead: 'All 4 papers read' });
    expect(preparationWords({ ...state, unreadDocuments: 0, changedDocuments: 0 }, 1).allRead).toBe('The paper is read');
  });

  it('says nothing of papers a meeting has none of, and names an empty agenda', () => {
    expect(preparationWords({ items: 0, withPosition: 0, approved: 0, unreadDocuments: 0, changedDocuments: 0 }, 0)).toEqual({
      positions: 'No agenda items yet',
      started: null,
      unread: null,
      changed: null,
      allRead: null,
      approvedShare: 0,
      startedShare: 0,
    });
  });
});
