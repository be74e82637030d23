// Writes docs/feed.schema.json from the zod definitions in src/feed/format.ts, so publishers can
// check a feed with any JSON Schema tool. Run it (`npm run feed:schema`) after changing the
// format; src/feed/json-schema.test.ts fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feedJsonSchema, SUPPORTED_SCHEMA } from '../src/feed/format';

export const FEED_SCHEMA_PATH = fileURLToPath(new URL('../docs/feed.schema.json', import.meta.url));

/** The committed file's exact text: the derived schema, named, pretty, with a final newline. */
export function renderFeedSchema(): string {
  const { $schema, ...rest } = feedJsonSchema() as Record<string, unknown>;
  const named = {
    $schema,
    // A URN, not a URL: the schema is published in the repository, not at a web address.
    $id: `urn:delegate-desk:feed-format:${SUPPORTED_SCHEMA}`,
    title: `Delegate Desk feed page, format version ${SUPPORTED_SCHEMA}`,
    description:
      'One page of a Delegate Desk feed: JSON Feed 1.1 plus the `_delegation` extension. ' +
      'Derived from src/feed/format.ts; explained in docs/feed-format.md. ' +
      'The app also checks what JSON Schema cannot say (real calendar dates, content_html or content_text on each item, http(s) links).',
    ...rest,
  };
  return `${JSON.stringify(named, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(FEED_SCHEMA_PATH, renderFeedSchema());
  console.log(`wrote ${FEED_SCHEMA_PATH}`);
}
