// Writes docs/pack.schema.json from the zod definitions in src/packs/format.ts, so anyone can
// check a pack with a JSON Schema tool. Run it (`npm run pack:schema`) after changing the format
// or the local records; src/packs/pack-schema.test.ts fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packJsonSchema, PACK_VERSION } from '../src/packs/format';

export const PACK_SCHEMA_PATH = fileURLToPath(new URL('../docs/pack.schema.json', import.meta.url));

/** The committed file's exact text: the derived schema, named, pretty, with a final newline. */
export function renderPackSchema(): string {
  const { $schema, ...rest } = packJsonSchema() as Record<string, unknown>;
  const named = {
    $schema,
    // A URN, not a URL: the schema is published in the repository, not at a web address.
    $id: `urn:delegate-desk:pack-format:${PACK_VERSION}`,
    title: `Delegate Desk pack, format version ${PACK_VERSION}`,
    description:
      "A delegate's own work (annotations, positions with their history, the tour de table, notes) as one file. " +
      'Derived from src/packs/format.ts; explained in docs/pack-format.md. ' +
      'The app also checks what JSON Schema cannot say (one record per id, one position per agenda item, one statement per speaker per item).',
    ...rest,
  };
  return `${JSON.stringify(named, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(PACK_SCHEMA_PATH, renderPackSchema());
  console.log(`wrote ${PACK_SCHEMA_PATH}`);
}
