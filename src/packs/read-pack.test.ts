import { describe, expect, it } from 'vitest';
import { DeskError } from '../desk-error';
import { note, position, samplePack, statement } from './pack-fixtures';
import { readPack } from './read-pack';

function refusal(content: string): string {
  try {
    readPack(content);
  } catch (error) {
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).kind).toBe('rejected');
    return (error as DeskError).message;
  }
  throw new Error('the pack was accepted');
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('reading a pack', () => {
  it('accepts a well-formed pack as it is', () => {
    const pack = samplePack();
    expect(readPack(json(pack))).toEqual(pack);
  });

  it('says where JSON breaks: line and column, or that it ends too early', () => {
    expect(refusal('{\n  "format": "delegate-desk-pack",\n  "version": 1,,\n}')).toBe('The pack is not valid JSON (line 3, column 16)');
    expect(refusal(json(samplePack()).slice(0, 200))).toBe('The pack is not valid JSON (it ends too early)');
  });

  it('refuses a file that is not a pack at all', () => {
    expect(refusal('[1, 2]')).toBe('This file is not a Delegate Desk pack (it has no "format": "delegate-desk-pack")');
    expect(refusal(json({ ...samplePack(), format: 'something-else' }))).toMatch(/^This file is not a Delegate Desk pack/);
  });

  it('refuses a pack from a newer Delegate Desk, before looking at its fields', () => {
    const newer = { ...samplePack(), version: 2, somethingNew: true };
    expect(refusal(json(newer))).toBe(
      'This pack was made by a newer Delegate Desk (pack format version 2; this one reads version 1). Update Delegate Desk to import it',
    );
  });

  it('names the JSON path of a wrong field', () => {
    const pack = samplePack() as unknown as { positions: Record<string, unknown>[]; versions: { record: Record<string, unknown> }[] };
    pack.positions[2]!.status = 'agreed';
    expect(refusal(json(pack))).toBe(
      'The pack is not valid: positions[2].status: must be one of "none", "draft", "in_coordination", "approved"',
    );

    const history = samplePack() as unknown as { versions: { record: Record<string, unknown> }[] };
    delete history.versions[0]!.record.updatedAt;
    expect(refusal(json(history))).toBe('The pack is not valid: versions[0].record.updatedAt: is required');

    expect(refusal(json({ ...samplePack(), versions: [{ type: 'memo', record: {} }] }))).toBe(
      'The pack is not valid: versions[0].type: must be "annotation", "position", "statement" or "note"',
    );
    expect(refusal(json({ ...samplePack(), notes: [{ ...note('n1', 'contact', 'c1'), colour: 'red' }] }))).toBe(
      'The pack is not valid: notes[0]: has fields a pack does not have: colour',
    );
    expect(refusal(json({ ...samplePack(), exportedAt: 'yesterday' }))).toBe(
      'The pack is not valid: exportedAt: a date and time in RFC 3339 form, e.g. 2027-02-10T09:30:00Z',
    );
  });

  it('refuses two records with one id, two positions on one item, two statements of one speaker on one item', () => {
    expect(refusal(json(samplePack({ notes: [note('n1', 'contact', 'c1'), note('n1', 'meeting', 'm1')] })))).toBe(
      'The pack is not valid: notes[1]: a second record with the id "n1", already at notes[0]',
    );
    expect(refusal(json(samplePack({ positions: [position('a1'), { ...position('a1'), id: 'other' }] })))).toBe(
      'The pack is not valid: positions[1]: a second position on agenda item "a1", already at positions[0]',
    );
    expect(refusal(json(samplePack({ statements: [statement('a1', 'DE'), { ...statement('a1', 'DE'), id: 'other' }] })))).toBe(
      'The pack is not valid: statements[1]: a second statement by DE on agenda item "a1", already at statements[0]',
    );
  });

  it('refuses a pack over 50 MB politely, saying how large it is', () => {
    const huge = `{"format":"delegate-desk-pack","padding":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(refusal(huge)).toBe(
      'This pack is too large to import (50.1 MB; the most Delegate Desk imports is 50 MB). Export one meeting at a time instead',
    );
  });
});
