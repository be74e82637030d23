// Finds where each record of a feed page sits in the page's bytes, without decoding or parsing
// the page: the byte range of every element of `items` and of `_delegation`'s `meetings`,
// `agenda_items`, `contacts` and `work_streams`.
//
// Why: a resync after a few records changed still brings pages whose other records are byte for
// byte what the store already holds. Knowing each record's bytes, the sync can recognise those by
// their digest and leave them unread; decoding and parsing a 150 MB feed again costs more than the
// whole rest of such a sync.
//
// This is not a JSON parser and need not be one: it only follows strings (so that brackets and
// quotes inside them are not taken for structure) and nesting depth. Whatever it is unsure of
// (an escaped or repeated key where the records live, a record that is not an object, trailing
// bytes) makes it give up with null, and the page is then read the ordinary way. The reader also
// checks its work: the page with every record replaced by a placeholder must parse to exactly
// those placeholders in those places (read-page.ts).
import type { RecordKind } from './records';

export interface RecordSlice {
  kind: RecordKind;
  /** The element's index in its array, for messages that name `items[12]`. */
  index: number;
  start: number;
  end: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const EXTENSION_ARRAYS: Record<string, RecordKind> = {
  meetings: 'meetings',
  agenda_items: 'agenda_items',
  contacts: 'contacts',
  work_streams: 'work_streams',
};

class GiveUp extends Error {}

/** The records' byte ranges in page order, or null when the page should be read the ordinary way. */
export function slicePage(bytes: Uint8Array): RecordSlice[] | null {
  try {
    return new Slicer(bytes).page();
  } catch (error) {
    if (error instanceof GiveUp) return null;
    throw error;
  }
}

class Slicer {
  private readonly slices: RecordSlice[] = [];
  constructor(private readonly b: Uint8Array) {}

  page(): RecordSlice[] {
    let i = 0;
    if (this.b[0] === 0xef && this.b[1] === 0xbb && this.b[2] === 0xbf) i = 3; // a UTF-8 byte order mark
    i = this.object(this.ws(i), (key, at) => {
      if (key === 'items' && this.b[at] === OPEN_BRACKET) return this.records(at, 'documents');
      if (key === '_delegation' && this.b[at] === OPEN_BRACE) return this.extension(at);
      return this.value(at);
    });
    if (this.ws(i) !== this.b.length) throw new GiveUp();
    return this.slices;
  }

  private extension(at: number): number {
    return this.object(at, (key, valueAt) => {
      const kind = EXTENSION_ARRAYS[key];
      if (kind !== undefined && this.b[valueAt] === OPEN_BRACKET) return this.records(valueAt, kind);
      return this.value(valueAt);
    });
  }

  /** An object whose keys matter: each key's value is handed to `member`, which returns where it ends. */
  private object(at: number, member: (key: string, valueAt: number) => number): number {
    if (this.b[at] !== OPEN_BRACE) throw new GiveUp();
    const keys = new Set<string>();
    let i = this.ws(at + 1);
    if (this.b[i] === CLOSE_BRACE) return i + 1;
    for (;;) {
      if (this.b[i] !== QUOTE) throw new GiveUp();
      const keyEnd = this.string(i);
      const raw = this.b.subarray(i + 1, keyEnd - 1);
      // An escaped key may equal "items" once decoded, and JSON.parse keeps the last of repeated
      // keys: either would make these ranges differ from what the page means.
      if (raw.includes(BACKSLASH)) throw new GiveUp();
      const key = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
      if (keys.has(key)) throw new GiveUp();
      keys.add(key);
      i = this.ws(keyEnd);
      if (this.b[i] !== COLON) throw new GiveUp();
      i = this.ws(member(key, this.ws(i + 1)));
      if (this.b[i] === COMMA) i = this.ws(i + 1);
      else if (this.b[i] === CLOSE_BRACE) return i + 1;
      else throw new GiveUp();
    }
  }

  /** An array of records: each element must be an object, and its range is kept. */
  private records(at: number, kind: RecordKind): number {
    let i = this.ws(at + 1);
    if (this.b[i] === CLOSE_BRACKET) return i + 1;
    for (let index = 0; ; index++) {
      if (this.b[i] !== OPEN_BRACE) throw new GiveUp();
      const end = this.value(i);
      this.slices.push({ kind, index, start: i, end });
      i = this.ws(end);
      if (this.b[i] === COMMA) i = this.ws(i + 1);
      else if (this.b[i] === CLOSE_BRACKET) return i + 1;
      else throw new GiveUp();
    }
  }

  /** Skips any value; returns the index just after it. */
  private value(at: number): number {
    const first = this.b[at];
    if (first === QUOTE) return this.string(at);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      for (let i = at; i < this.b.length; i++) {
        const c = this.b[i];
        if (c === QUOTE) i = this.string(i) - 1;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (--depth === 0) return i + 1;
        }
      }
      throw new GiveUp();
    }
    // A number, true, false or null: up to the next separator. Its spelling is JSON.parse's job.
    let i = at;
    while (i < this.b.length && !isSeparator(this.b[i]!)) i++;
    if (i === at) throw new GiveUp();
    return i;
  }

  /** A string starting at `at` (its opening quote); returns the index after its closing quote. */
  private string(at: number): number {
    let from = at + 1;
    for (;;) {
      const quote = this.b.indexOf(QUOTE, from);
      if (quote < 0) throw new GiveUp();
      // The quote ends the string unless an odd number of backslashes stands before it.
      let k = quote - 1;
      while (this.b[k] === BACKSLASH) k--;
      if ((quote - 1 - k) % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  private ws(at: number): number {
    let i = at;
    for (;;) {
      const c = this.b[i];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }
}

function isSeparator(c: number): boolean {
  return c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
