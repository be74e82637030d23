// Which record of this store a pack's record is. Annotations and notes are matched by id. A
// position is the one of its agenda item, and a statement the one of its speaker on its item,
// whatever id the pack gives them: ids are normally the same on both sides (positionId,
// statementId), but a pack from an older or another tool may carry its own, and the store holds
// only one position per item and one statement per speaker per item.
import { DeskError } from '../desk-error';
import { positionId, statementId, type LocalRecordOf, type LocalRecordType } from '../local-records/records';
import type { Statement } from 'better-sqlite3';
import type { Store } from '../store/open';
import type { Pack } from './format';

type Keyed = 'position' | 'statement';

const LOOKUP: Record<Keyed, { byKey: string; byId: string }> = {
  position: {
    byKey: 'SELECT id FROM positions WHERE agenda_item_id = ?',
    byId: 'SELECT 1 FROM positions WHERE id = ?',
  },
  statement: {
    byKey: 'SELECT id FROM statements WHERE agenda_item_id = ? AND speaker = ?',
    byId: 'SELECT 1 FROM statements WHERE id = ?',
  },
};

function isKeyed(type: LocalRecordType): type is Keyed {
  return type === 'position' || type === 'statement';
}

function keyParts(type: Keyed, record: LocalRecordOf[Keyed]): string[] {
  return type === 'position' ? [record.agendaItemId] : [record.agendaItemId, (record as LocalRecordOf['statement']).speaker];
}

function deterministicId(type: Keyed, record: LocalRecordOf[Keyed]): string {
  return type === 'position' ? positionId(record.agendaItemId) : statementId(record.agendaItemId, (record as LocalRecordOf['statement']).speaker);
}

export class RecordMatcher {
  /** Natural key -> the id the record has (or will have) in this store. */
  private readonly targets = new Map<string, string>();
  private readonly assigned = new Set<string>();
  /** The id the pack's current record uses for each natural key: its history follows it. */
  private readonly packIds = new Map<string, string>();
  /** Prepared once: a large pack asks these for every position and statement it has. */
  private readonly lookups = new Map<string, Statement>();

  constructor(
    private readonly db: Store,
    pack: Pack,
  ) {
    for (const p of pack.positions) this.packIds.set(this.key('position', p), p.id);
    for (const s of pack.statements) this.packIds.set(this.key('statement', s), s.id);
  }

  /** The record as this store will know it: the pack's record under this store's id for it. */
  match<T extends LocalRecordType>(type: T, record: LocalRecordOf[T]): LocalRecordOf[T] {
    if (!isKeyed(type)) return record;
    const id = this.targetId(type, record as LocalRecordOf[Keyed]);
    return id === record.id ? record : { ...record, id };
  }

  private key(type: Keyed, record: LocalRecordOf[Keyed]): string {
    return JSON.stringify([type, ...keyParts(type, record)]);
  }

  private targetId(type: Keyed, record: LocalRecordOf[Keyed]): string {
    const key = this.key(type, record);
    const known = this.targets.get(key);
    if (known !== undefined) return known;
    const local = this.query(LOOKUP[type].byKey).pluck().get(...keyParts(type, record)) as string | undefined;
    let id = local;
    if (id === undefined) {
      // No record here for this item (or speaker): the pack's id, unless this store already uses
      // it for another item, in which case the id this store would have given it.
      const taken = (candidate: string) => this.assigned.has(candidate) || this.query(LOOKUP[type].byId).get(candidate) !== undefined;
      id = this.packIds.get(key) ?? record.id;
      if (taken(id)) id = deterministicId(type, record);
      if (taken(id)) {
        throw new DeskError(
          'rejected',
          `The pack's ${type} "${record.id}" on agenda item "${record.agendaItemId}" cannot be matched: this store uses its id for another record`,
        );
      }
    }
    this.targets.set(key, id);
    this.assigned.add(id);
    return id;
  }

  private query(sql: string): Statement {
    let statement = this.lookups.get(sql);
    if (!statement) this.lookups.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}
