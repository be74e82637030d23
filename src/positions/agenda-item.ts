// The delegate writes positions and records the tour de table on agenda items the feed published.
// A record for an item not in the store can only arrive in a pack (it waits for the item); typed
// here, it would be a typo that nothing ever shows, so it is refused.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';

export function requireAgendaItem(db: Store, agendaItemId: string): void {
  if (!db.prepare('SELECT 1 FROM agenda_items WHERE id = ?').get(agendaItemId)) {
    throw new DeskError('not_found', `there is no agenda item with id "${agendaItemId}" in this store`);
  }
}
