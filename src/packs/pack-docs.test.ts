// The pack's documentation stays true: its example is a pack the app accepts, every field the
// format has is explained, and the JSON Schema is the one the format gives now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_PATH, renderPackSchema } from '../../scripts/write-pack-schema';
import { annotationRecord, noteRecord, positionRecord, statementRecord } from '../local-records/records';
import { packJsonSchema, PACK_VERSION } from './format';
import { readPack } from './read-pack';

const doc = readFileSync(new URL('../../docs/pack-format.md', import.meta.url), 'utf8');

describe('docs/pack-format.md', () => {
  it('has a complete example that the import accepts: every kind of record, a deletion, a history', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const pack = readPack(example!);
    for (const list of [pack.annotations, pack.positions, pack.statements, pack.notes, pack.versions]) {
      expect(list.length).toBeGreaterThan(0);
    }
    expect(pack.notes.some((n) => n.deletedAt !== null)).toBe(true);
    expect(pack.scope.meetingId).toBeDefined();
  });

  it('explains every field of the pack and of each kind of record', () => {
    const fields = [
      ...Object.keys((packJsonSchema() as { properties: object }).properties),
      'name',
      'meetingId',
      'meetingTitle',
      'type',
      'record',
      ...[annotationRecord, positionRecord, statementRecord, noteRecord].flatMap((r) => Object.keys(r.shape)),
    ];
    const tableRows = doc.split('\n').filter((line) => line.startsWith('| `'));
    for (const field of new Set(fields)) {
      expect(tableRows.some((row) => row.includes(`\`${field}\``)), field).toBe(true);
    }
  });
});

describe('docs/pack.schema.json', () => {
  const committed = readFileSync(PACK_SCHEMA_PATH, 'utf8');

  it('is what format.ts produces now (run `npm run pack:schema` after changing the format)', () => {
    expect(committed).toBe(renderPackSchema());
    const { $id, title, description, ...derived } = JSON.parse(committed);
    expect(derived).toEqual(packJsonSchema());
  });

  it('describes a pack: its lists, its version, each kind of record in the history', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`urn:delegate-desk:pack-format:${PACK_VERSION}`);
    expect(schema.properties.version.const).toBe(PACK_VERSION);
    expect(schema.additionalProperties).toBe(false);
    for (const list of ['annotations', 'positions', 'statements', 'notes', 'versions']) {
      expect(schema.properties[list].type, list).toBe('array');
    }
    const historyKinds = schema.properties.versions.items.oneOf ?? schema.properties.versions.items.anyOf;
    expect(historyKinds.map((k: { properties: { type: { const: string } } }) => k.properties.type.const)).toEqual([
      'annotation',
      'position',
      'statement',
      'note',
    ]);
  });
});
