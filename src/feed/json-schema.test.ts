import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEED_SCHEMA_PATH, renderFeedSchema } from '../../scripts/write-feed-schema';
import { DOCUMENT_TYPES, feedJsonSchema, SUPPORTED_SCHEMA } from './format';

describe('docs/feed.schema.json', () => {
  const committed = readFileSync(FEED_SCHEMA_PATH, 'utf8');

  it('is what format.ts produces now (run `npm run feed:schema` after changing the format)', () => {
    expect(committed).toBe(renderFeedSchema());
    const { $id, title, description, ...derived } = JSON.parse(committed);
    expect(derived).toEqual(feedJsonSchema());
  });

  it('describes a feed page with its items and the _delegation extension', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^urn:delegate-desk:/);
    expect(schema.title).toContain(`format version ${SUPPORTED_SCHEMA}`);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'title', 'items']));
    expect(schema.properties.items.type).toBe('array');
    expect(schema.properties.items.items.properties._delegation.properties.type.enum).toEqual([...DOCUMENT_TYPES]);
    const extension = schema.properties._delegation.properties;
    for (const list of ['meetings', 'agenda_items', 'contacts', 'work_streams', 'deleted']) {
      expect(extension[list].type, list).toBe('array');
    }
    expect(extension.schema.maximum).toBe(SUPPORTED_SCHEMA);
  });
});
