// The checks that need every changed page at once: no id twice, every agenda item's meeting
// present (in this feed or already in the store), no record both published and deleted.
// Only ids and places are kept, so a large feed costs little memory here.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import { describePage } from '../feed/feed-error';
import type { TombstoneType } from '../feed/format';
import type { FeedPageRecords, TombstoneRecord } from '../feed/records';

interface Place {
  page: number;
  url: string;
  path: string;
}

const LABEL: Record<TombstoneType, string> = {
  document: 'document',
  meeting: 'meeting',
  agenda_item: 'agenda item',
  contact: 'contact',
  work_stream: 'work stream',
};

export class FeedCheck {
  private readonly ids = new Map<TombstoneType, Map<string, Place>>();
  private readonly meetingRefs: { meetingId: string; place: Place }[] = [];
  readonly tombstones: (TombstoneRecord & { place: Place })[] = [];

  add(records: FeedPageRecords, page: { page: number; url: string }): void {
    const at = (path: string): Place => ({ ...page, path });
    records.documents.forEach((d, i) => this.claim('document', d.id, at(`items[${i}].id`)));
    records.meetings.forEach((m, i) => this.claim('meeting', m.id, at(`_delegation.meetings[${i}].id`)));
    records.agendaItems.forEach((a, i) => {
      this.claim('agenda_item', a.id, at(`_delegation.agenda_items[${i}].id`));
      this.meetingRefs.push({ meetingId: a.meetingId, place: at(`_delegation.agenda_items[${i}].meeting_id`) });
    });
    records.contacts.forEach((c, i) => this.claim('contact', c.id, at(`_delegation.contacts[${i}].id`)));
    records.workStreams.forEach((w, i) => this.claim('work_stream', w.id, at(`_delegation.work_streams[${i}].id`)));
    records.tombstones.forEach((t, i) => this.tombstones.push({ ...t, place: at(`_delegation.deleted[${i}]`) }));
  }

  /** Throws a DeskError naming the first problem; the store is only read. */
  finish(db: Store): void {
    for (const t of this.tombstones) {
      const published = this.ids.get(t.type)?.get(t.id);
      if (published) {
        fail(t.place, `${LABEL[t.type]} "${t.id}" is deleted here but also published on page ${published.page} at ${published.path}`);
      }
    }
    const deletedMeetings = new Set(this.tombstones.filter((t) => t.type === 'meeting').map((t) => t.id));
    const feedMeetings = this.ids.get('meeting') ?? new Map<string, Place>();
    const inStore = db.prepare('SELECT 1 FROM meetings WHERE id = ?').pluck();
    for (const ref of this.meetingRefs) {
      if (feedMeetings.has(ref.meetingId)) continue;
      if (!deletedMeetings.has(ref.meetingId) && inStore.get(ref.meetingId)) continue;
      fail(ref.place, `meeting "${ref.meetingId}" is neither in this feed nor already in the store`);
    }
  }

  private claim(type: TombstoneType, id: string, place: Place): void {
    let seen = this.ids.get(type);
    if (!seen) this.ids.set(type, (seen = new Map()));
    const first = seen.get(id);
    if (first) {
      const where = first.page === place.page ? first.path : `page ${first.page}, ${first.path}`;
      fail(place, `duplicate ${LABEL[type]} id "${id}" (first at ${where})`);
    }
    seen.set(id, place);
  }
}

function fail(place: Place, problem: string): never {
  throw new DeskError('rejected', `${describePage(place)}: ${place.path}: ${problem}`);
}
