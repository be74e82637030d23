// The pack: the delegate's own work as one JSON file, to back it up or share it with a colleague
// (docs/pack-format.md). Built from the local record definitions, so a pack holds exactly what
// the store holds; this one definition gives the import's validation, the Pack type and
// docs/pack.schema.json (`npm run pack:schema`).
import { z } from 'zod';
import { annotationRecord, noteRecord, positionRecord, statementRecord, type LocalRecordType } from '../local-records/records';

export const PACK_FORMAT = 'delegate-desk-pack';
/** The pack format this app writes and reads; a pack with a higher number is refused. */
export const PACK_VERSION = 1;
/** Bigger than any delegate's years of work; small enough to read into memory safely. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;

const id = z.string().min(1).max(200);

/** One state from a record's history, as it was saved (updatedAt says when). */
const versionEntry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('annotation'), record: annotationRecord }).strict(),
  z.object({ type: z.literal('position'), record: positionRecord }).strict(),
  z.object({ type: z.literal('statement'), record: statementRecord }).strict(),
  z.object({ type: z.literal('note'), record: noteRecord }).strict(),
]);

const packObject = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    exportedAt: z.iso.datetime({ offset: true, error: 'a date and time in RFC 3339 form, e.g. 2027-02-10T09:30:00Z' }),
    app: z.object({ name: z.string().min(1).max(100), version: z.string().min(1).max(100) }).strict(),
    /** What the pack covers: nothing set means all the delegate's work. */
    scope: z.object({ meetingId: id.optional(), meetingTitle: z.string().max(1000).optional() }).strict(),
    annotations: z.array(annotationRecord),
    positions: z.array(positionRecord),
    statements: z.array(statementRecord),
    notes: z.array(noteRecord),
    versions: z.array(versionEntry),
  })
  .strict();

/** A record's id appears once per kind; one position per agenda item, one statement per speaker per item. */
export const packSchema = packObject.superRefine((pack, ctx) => {
  const once = (list: string, keys: string[], what: (key: string) => string) => {
    const seen = new Map<string, number>();
    keys.forEach((key, i) => {
      const first = seen.get(key);
      if (first === undefined) return void seen.set(key, i);
      ctx.addIssue({ code: 'custom', path: [list, i], message: `${what(key)}, already at ${list}[${first}]` });
    });
  };
  for (const list of ['annotations', 'positions', 'statements', 'notes'] as const) {
    once(list, pack[list].map((r) => r.id), (key) => `a second record with the id "${key}"`);
  }
  once('positions', pack.positions.map((p) => p.agendaItemId), (key) => `a second position on agenda item "${key}"`);
  once(
    'statements',
    pack.statements.map((s) => JSON.stringify([s.agendaItemId, s.speaker])),
    (key) => {
      const [item, speaker] = JSON.parse(key) as [string, string];
      return `a second statement by ${speaker} on agenda item "${item}"`;
    },
  );
});

export type Pack = z.infer<typeof packObject>;
export type PackVersionEntry = z.infer<typeof versionEntry>;

/** The pack's lists of current records, by the record kind each holds. */
export const PACK_LISTS = {
  annotation: 'annotations',
  position: 'positions',
  statement: 'statements',
  note: 'notes',
} as const satisfies Record<LocalRecordType, keyof Pack>;

export const RECORD_TYPES = Object.keys(PACK_LISTS) as LocalRecordType[];

export function packJsonSchema(): object {
  return z.toJSONSchema(packObject, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}
