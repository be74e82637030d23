import { describe, expect, it } from 'vitest';
import { briefingFileBlob } from './briefing-file';

describe('briefingFileBlob', () => {
  it('gives back the exact bytes, binary included, with the file type', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80, 0x0a]);
    const blob = briefingFileBlob({ fileName: 'n.pdf', mimeType: 'application/pdf', base64: btoa(String.fromCharCode(...bytes)) });
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });
});
