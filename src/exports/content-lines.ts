// The line format iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2) share: "NAME;PARAM=x:value"
// lines ending in CRLF, folded so that no line is longer than 75 octets, text values escaped.

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Escapes an iCalendar TEXT value, or one component of a vCard structured value (ORG, ADR):
 * backslash, comma, semicolon and line breaks are the format's own syntax. A CR, LF or CRLF is one
 * line break, so nothing of the text is lost or doubled.
 */
export function escapeText(value: string): string {
  return escapeVCardText(value).replaceAll(';', '\\;');
}

/**
 * Escapes a plain vCard 4.0 text value (FN, NOTE): RFC 6350 escapes backslash, comma and line
 * breaks there but not the semicolon, and a strict reader would keep a "\\;" as two characters.
 */
export function escapeVCardText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(',', '\\,')
    .replaceAll(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line: at most 75 octets per physical line, each continuation starting with a
 * space (which counts). Cuts fall between characters, never inside a UTF-8 sequence or a
 * surrogate pair, so Greek or Bulgarian text reads back whole.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The lines, folded, each ending in CRLF (the last one too, as both RFCs require). */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
