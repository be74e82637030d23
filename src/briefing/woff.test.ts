import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);
const FACES = [
  '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff',
  '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff',
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff',
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff',
];

/** The sfnt's tables by tag, as its directory places them. */
function tables(sfnt: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    const offset = sfnt.readUInt32BE(at + 8);
    out.set(sfnt.toString('latin1', at, at + 4), sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12)));
  }
  return out;
}

describe('woffToSfnt', () => {
  it.each(FACES)('unpacks %s to the font it wraps, byte for byte table by table', (face) => {
    const woff = readFileSync(require.resolve(face));
    const sfnt = woffToSfnt(woff);
    // The WOFF header states the unpacked font's size and its version; both must come out so.
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const unpacked = tables(sfnt);
    expect(unpacked.size).toBe(woff.readUInt16BE(12));
    const tags = [...unpacked.keys()];
    expect(tags).toEqual([...tags].sort());
    for (let i = 0; i < woff.readUInt16BE(12); i++) {
      const at = 44 + i * 20;
      const [offset, compLength, origLength] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
      const stored = woff.subarray(offset, offset + compLength);
      const tag = woff.toString('latin1', at, at + 4);
      expect(unpacked.get(tag), tag).toEqual(compLength < origLength ? inflateSync(stored) : stored);
    }
    // Every table starts on a four-byte boundary, as the OpenType format requires.
    for (let i = 0; i < unpacked.size; i++) expect(sfnt.readUInt32BE(12 + i * 16 + 8) % 4).toBe(0);
  });

  it('refuses what is not a WOFF font, and a table that does not unpack to its stated size', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, just some words here to pass the header length'))).toThrow(/not a WOFF 1.0 font/);
    const woff = Buffer.from(readFileSync(require.resolve(FACES[2]!)));
    woff.writeUInt32BE(woff.readUInt32BE(44 + 12) + 1, 44 + 12); // the first table claims one byte more
    expect(() => woffToSfnt(woff)).toThrow(/does not unpack to its stated length/);
  });
});
