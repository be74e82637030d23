// Re-anchoring, for random papers and random edits (issue 4, section 7):
// - edits outside the annotated passages: every annotation lands on the same text (and, where
//   that text occurs once, at exactly the place it moved to);
// - edits inside a passage: the annotation is placed on the text most like its quote, or
//   orphaned, and never lost: its row, note included, is as the delegate left it.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open';
import { putPaper } from '../../tests/support/papers';
import { readRecord } from '../local-records/tables';
import { placeAnnotation } from './anchor';
import { maxErrorsFor } from './match-quote';
import { describeSelection, type Selection } from './selection';
import { createAnnotation, listAnnotations } from './annotations';
import { reanchorDocument } from './reanchor';

// A small vocabulary, so quotes sometimes recur and the context has to decide.
const WORDS = [
  'the', 'Member', 'States', 'should', 'assess', 'risk', 'of', 'suppliers', 'network', 'security', 'incident', 'report',
  'within', 'hours', 'CSIRT', 'authority', 'cooperation', 'group', 'guidelines', 'on', 'and', 'a', 'to', 'measures',
  'technical', 'strategic', 'coordinated', 'assessment', 'entities', 'essential', 'important', 'supply', 'chain', '5G',
  'toolbox', 'vulnerability', 'disclosure', 'policy', 'national', 'plan', 'crisis', 'exercise', 'ENISA', 'Commission',
];

interface Paper {
  words: string[];
  /** Word ranges [from, to) of the annotated passages: sorted, apart, never empty. */
  spans: [number, number][];
}

const paperArb: fc.Arbitrary<Paper> = fc
  .record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 160 }),
    cuts: fc.uniqueArray(fc.nat(), { minLength: 2, maxLength: 8 }),
  })
  .map(({ words, cuts }) => {
    const points = [...new Set(cuts.map((c) => c % (words.length + 1)))].sort((a, b) => a - b);
    const spans: [number, number][] = [];
    for (let i = 0; i + 1 < points.length; i += 2) spans.push([points[i]!, points[i + 1]!]);
    return { words, spans };
  })
  .filter((p) => p.spans.length > 0);

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 14 }),
  insert: fc.oneof(
    fc.constant(''),
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => ` ${w.join(' ')} `),
    fc.string({ maxLength: 8 }),
  ),
});

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

/** The paper's text, and the text between and around its passages (gaps) and the passages. */
function layout(paper: Paper): { text: string; gaps: string[]; passages: string[]; selections: Selection[] } {
  const text = paper.words.join(' ');
  const offsets: number[] = [];
  let at = 0;
  for (const w of paper.words) {
    offsets.push(at);
    at += w.length + 1;
  }
  const gaps: string[] = [];
  const passages: string[] = [];
  const selections: Selection[] = [];
  let cursor = 0;
  for (const [from, to] of paper.spans) {
    const start = offsets[from]!;
    const end = offsets[to - 1]! + paper.words[to - 1]!.length;
    gaps.push(text.slice(cursor, start));
    passages.push(text.slice(start, end));
    selections.push(describeSelection(text, 1, start, end, text.slice(start, end)));
    cursor = end;
  }
  gaps.push(text.slice(cursor));
  return { text, gaps, passages, selections };
}

function occurrences(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The fewest differences between the quote and any stretch of the text (Sellers' algorithm). */
function closestDistance(text: string, quote: string): number {
  let column = Array.from({ length: quote.length + 1 }, (_, i) => i);
  let best = column[quote.length]!;
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= quote.length; i++) next[i] = Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + (quote[i - 1] === c ? 0 : 1));
    column = next;
    best = Math.min(best, column[quote.length]!);
  }
  return best;
}

describe('re-anchoring after random edits', () => {
  it('puts every annotation back on its own text when the edits are outside the passages', () => {
    fc.assert(
      fc.property(paperArb, fc.array(fc.array(editArb, { maxLength: 4 }), { minLength: 9, maxLength: 9 }), (paper, editsPerGap) => {
        const { gaps, passages, selections } = layout(paper);
        const newGaps = gaps.map((g, i) => applyEdits(g, editsPerGap[i]!));
        let revised = newGaps[0]!;
        const expectedStarts: number[] = [];
        passages.forEach((p, i) => {
          expectedStarts.push(revised.length);
          revised += p + newGaps[i + 1]!;
        });
        selections.forEach((selection, i) => {
          const anchor = placeAnnotation(selection, revised, 2);
          expect(anchor.status).toBe('anchored');
          expect(revised.slice(anchor.start!, anchor.end!)).toBe(selection.exact);
          if (occurrences(revised, selection.exact) === 1) expect(anchor.start).toBe(expectedStarts[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('places an edited passage on the text most like its quote, or orphans it', () => {
    fc.assert(
      fc.property(paperArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (paper, edits) => {
        const { gaps, passages, selections } = layout(paper);
        const edited = applyEdits(passages[0]!, edits);
        fc.pre(edited !== passages[0]);
        const revised = gaps[0]! + edited + gaps.slice(1).map((g, i) => g + (passages[i + 1] ?? '')).join('');
        const quote = selections[0]!.exact;
        const anchor = placeAnnotation(selections[0]!, revised, 2);
        if (anchor.status === 'orphaned') {
          // Orphaned only when no exact occurrence was left to take.
          expect(occurrences(revised, quote)).toBe(0);
          expect([anchor.start, anchor.end, anchor.method]).toEqual([null, null, null]);
          return;
        }
        const placed = revised.slice(anchor.start!, anchor.end!);
        if (anchor.method === 'fuzzy') {
          expect(occurrences(revised, quote)).toBe(0);
          expect(levenshtein(placed, quote)).toBeLessThanOrEqual(maxErrorsFor(quote));
          // The most similar text there is: no stretch of the paper is closer to the quote.
          expect(levenshtein(placed, quote)).toBe(closestDistance(revised, quote));
        } else {
          expect(placed).toBe(quote);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('re-anchoring in a store', () => {
  const db = openStore(':memory:');
  afterAll(() => db.close());
  let paperNo = 0;

  it('never loses an annotation or changes it, whatever the new revision says', () => {
    fc.assert(
      fc.property(paperArb, fc.array(editArb, { maxLength: 6 }), fc.string({ maxLength: 30 }), (paper, edits, note) => {
        const id = `paper-${++paperNo}`;
        const { text, selections } = layout(paper);
        putPaper(db, id, text);
        const made = selections.map((s) => createAnnotation(db, { documentId: id, ...s, note, tags: ['prop'] }));
        const rows = made.map((a) => readRecord(db, 'annotation', a.id));

        // Edits anywhere: inside passages, across them, or removing them entirely.
        const revision = putPaper(db, id, applyEdits(text, edits));
        const anchors = reanchorDocument(db, id, '2026-12-01T00:00:00.000Z');

        expect(made.map((a) => readRecord(db, 'annotation', a.id))).toEqual(rows);
        const listed = listAnnotations(db, { documentId: id });
        expect(listed.map((a) => a.id).sort()).toEqual(made.map((a) => a.id).sort());
        for (const a of listed) {
          expect(a.note).toBe(note);
          expect(a.anchor).toEqual(anchors.get(a.id));
          expect(a.anchor.revision).toBe(revision);
        }
      }),
      { numRuns: 60 },
    );
  });
});
