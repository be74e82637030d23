// The checks that need every changed page at once: no id twice, every agenda item's meeting
// present (in this feed or already in the store), no record both published and deleted.
// Only ids and places are kept, so a large feed costs little memory here.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import { describePage } from '../feed/feed-error';
import { KIND_OF_TYPE, type RecordClaim, type RecordKind, type TombstoneRecord } from '../feed/records';

interface Place {
  page: number;
  url: string;
  path: string;
}

const LABEL: Record<RecordKind, string> = {
  documents: 'document',
  meetings: 'meeting',
  agenda_items: 'agenda item',
  contacts: 'contact',
  work_streams: 'work stream',
};

export class FeedCheck {
  private readonly ids = new Map<RecordKind, Map<string, Place>>();
  private readonly meetingRefs: { meetingId: string; place: Place }[] = [];
  readonly tombstones: (TombstoneRecord & { place: Place })[] = [];

  /** Every record a page publishes, read or known from the store (the checks need only ids), and its tombstones. */
  add(claims: readonly RecordClaim[], tombstones: readonly TombstoneRecord[], page: { page: number; url: string }): void {
    const at = (path: string): Place => ({ page: page.page, url: page.url, path });
    for (const c of claims) {
      this.claim(c.kind, c.id, at(`${c.path}.id`));
      if (c.meetingId !== null) this.meetingRefs.push({ meetingId: c.meetingId, place: at(`${c.path}.meeting_id`) });
    }
    tombstones.forEach((t, i) => this.tombstones.push({ ...t, place: at(`_delegation.deleted[${i}]`) }));
  }

  /** Throws a DeskError naming the first problem; the store is only read. */
  finish(db: Store): void {
    for (const t of this.tombstones) {
      const kind = KIND_OF_TYPE[t.type];
      const published = this.ids.get(kind)?.get(t.id);
      if (published) {
        fail(t.place, `${LABEL[kind]} "${t.id}" is deleted here but also published on page ${published.page} at ${published.path}`);
      }
    }
    const deletedMeetings = new Set(this.tombstones.filter((t) => t.type === 'meeting').map((t) => t.id));
    const feedMeetings = this.ids.get('meetings') ?? new Map<string, Place>();
    const inStore = db.prepare('SELECT 1 FROM meetings WHERE id = ?').pluck();
    for (const ref of this.meetingRefs) {
      if (feedMeetings.has(ref.meetingId)) continue;
      if (!deletedMeetings.has(ref.meetingId) && inStore.get(ref.meetingId)) continue;
      fail(ref.place, `meeting "${ref.meetingId}" is neither in this feed nor already in the store`);
    }
  }

  private claim(kind: RecordKind, id: string, place: Place): void {
    let seen = this.ids.get(kind);
    if (!seen) this.ids.set(kind, (seen = new Map()));
    const first = seen.get(id);
    if (first) {
      const where = first.page === place.page ? first.path : `page ${first.page}, ${first.path}`;
      fail(place, `duplicate ${LABEL[kind]} id "${id}" (first at ${where})`);
    }
    seen.set(id, place);
  }
}

function fail(place: Place, problem: string): never {
  throw new DeskError('rejected', `${describePage(place)}: ${place.path}: ${problem}`);
}
