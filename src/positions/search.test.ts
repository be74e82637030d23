// A position saved the way the app saves it is found by the one search, by any of its texts,
// and the hit leads to the meeting page that shows it.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { agendaItem, meeting, page, tempDir, writeFeed } from '../../tests/support/feed-pages';
import { positionId } from '../local-records/records';
import { search } from '../search/search';
import { EMPTY_POSITION, savePosition } from './positions';

let db: Store;

beforeEach(async () => {
  db = openStore(':memory:');
  const feed = writeFeed(tempDir(), [page([], { meetings: [meeting('m1')], agenda_items: [agendaItem('a1', 'm1', { number: '4', title: 'Toolbox review' })] })]);
  expect((await syncSource(db, feed)).status).toBe('applied');
  savePosition(db, {
    ...EMPTY_POSITION,
    agendaItemId: 'a1',
    status: 'draft',
    lineToTake: 'Support the narwhal approach',
    speakingPoints: '<ul><li><p>Recall the <strong>axolotl</strong> precedent</p></li></ul>',
    redLines: 'No okapi reporting duty',
  });
});
afterEach(() => db.close());

it('finds a saved position by its speaking points\' text (not their markup), line to take and red lines', () => {
  for (const word of ['axolotl', 'narwhal', 'okapi']) {
    expect(search(db, word).map((h) => `${h.type}:${h.id}`), word).toEqual([`position:${positionId('a1')}`]);
  }
  expect(search(db, 'strong')).toEqual([]);
  const [hit] = search(db, 'axolotl');
  expect(hit!.snippet).toContain('Recall the axolotl precedent');
});

it('leads to the meeting the position\'s agenda item is on, titled by the item', () => {
  const [hit] = search(db, 'narwhal');
  expect(hit).toMatchObject({ title: 'Position on 4 Toolbox review', parentId: 'a1', place: { type: 'meeting', id: 'm1' } });
});

it('finds the new text after a save, and no longer the old', () => {
  savePosition(db, { ...EMPTY_POSITION, agendaItemId: 'a1', status: 'draft', lineToTake: 'Support the dugong approach' });
  expect(search(db, 'narwhal')).toEqual([]);
  expect(search(db, 'dugong').map((h) => h.id)).toEqual([positionId('a1')]);
});
