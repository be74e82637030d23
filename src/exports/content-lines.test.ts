import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLines, escapeText, escapeVCardText, foldLine } from './content-lines';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replaceAll('\r\n ', '');

describe('folding content lines (RFC 5545 §3.1, RFC 6350 §3.2)', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never cuts a Greek or Bulgarian letter in half, and every physical line holds 75 octets at most', () => {
    const line = `SUMMARY:${'Σύνοδος ολομέλειας и заседание на групата '.repeat(6)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('unfolds back to the same line, whatever the text (emoji and astral characters included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        expect(unfold(folded)).toBe(`DESCRIPTION:${text}`);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
      }),
    );
  });

  it('ends every line, the last one too, with CRLF', () => {
    expect(contentLines(['BEGIN:X', 'END:X'])).toBe('BEGIN:X\r\nEND:X\r\n');
  });
});

describe('escaping text values', () => {
  it('escapes backslash, comma, semicolon and every kind of line break', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf\rg')).toBe('a\\\\b\\, c\\; d\\ne\\nf\\ng');
  });

  it('leaves the semicolon alone in a plain vCard text value, where RFC 6350 does not escape it', () => {
    expect(escapeVCardText('a\\b, c; d\ne')).toBe('a\\\\b\\, c; d\\ne');
  });
});
