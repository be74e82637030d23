// What every export hands back (ExportedFile, defined with the API's types), and its file names.
export type { ExportedFile } from '../api/types';

/** A part of a file name made from an id or a reference: safe on every file system, never empty. */
export function fileNamePart(value: string, fallback: string): string {
  const safe = value
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return safe || fallback;
}
