// Reads a pack's text into a checked Pack, or refuses it with a message that says where it goes
// wrong: the line and column of broken JSON, the JSON path of a wrong field. Nothing is read into
// the store before the whole pack has passed.
import type { z } from 'zod';
import { DeskError } from '../desk-error';
import { formatPath } from '../feed/issue-path';
import { jsonErrorOffset } from '../feed/json-error-offset';
import { MAX_PACK_BYTES, PACK_FORMAT, PACK_VERSION, packSchema, type Pack } from './format';

export function readPack(content: string): Pack {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_PACK_BYTES) {
    throw new DeskError(
      'rejected',
      `This pack is too large to import (${megabytes(bytes)}; the most Delegate Desk imports is ${megabytes(MAX_PACK_BYTES)}). Export one meeting at a time instead`,
    );
  }
  const json = parseJson(content);
  const head = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (head?.format !== PACK_FORMAT) {
    throw new DeskError('rejected', `This file is not a Delegate Desk pack (it has no "format": "${PACK_FORMAT}")`);
  }
  // Checked before the fields: a newer pack may well have fields this version does not know.
  if (typeof head.version === 'number' && head.version > PACK_VERSION) {
    throw new DeskError(
      'rejected',
      `This pack was made by a newer Delegate Desk (pack format version ${head.version}; this one reads version ${PACK_VERSION}). Update Delegate Desk to import it`,
    );
  }
  const parsed = packSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = String((error as Error).message);
    if (/end of JSON input/.test(message)) throw new DeskError('rejected', 'The pack is not valid JSON (it ends too early)');
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : jsonErrorOffset(content);
    throw new DeskError('rejected', `The pack is not valid JSON${offset >= 0 ? ` (${lineAndColumn(content, offset)})` : ''}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function invalid(error: z.ZodError): DeskError {
  const [first, ...rest] = error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const where = first!.path.length > 0 ? formatPath(first!.path) : 'the pack';
  return new DeskError('rejected', `The pack is not valid: ${where}: ${describeIssue(first!)}${more}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'unrecognized_keys') return `has fields a pack does not have: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return 'must be "annotation", "position", "statement" or "note"';
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/** Rounded up to a tenth, so a pack just over the limit does not read as exactly at it. */
function megabytes(bytes: number): string {
  return `${String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
