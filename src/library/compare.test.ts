import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { DeskError } from '../desk-error';
import { compareRevisions, compareTexts, countWords } from './compare';
import { doc, page, tempDir, writeFeed } from '../../tests/support/feed-pages';

/** The text a comparison says `to` is (kept and added runs), and `from` was (kept and removed). */
const after = (parts: { kind: string; text: string }[]) => parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
const before = (parts: { kind: string; text: string }[]) => parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');

describe('comparing two texts', () => {
  it('marks the words added and removed, and keeps the rest', () => {
    const result = compareTexts(
      'Member States should assess the risk profile of suppliers.\nThe Group reviews the toolbox.',
      'Member States should assess the residual risk profile of all suppliers.\nThe Group reviews the toolbox.',
    );
    expect(result.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['residual', 'all']);
    expect(result.parts.filter((p) => p.kind === 'removed')).toEqual([]);
    expect(result).toMatchObject({ addedWords: 2, removedWords: 0 });
    // The unchanged text after the last change runs on into the unchanged paragraph: one run.
    expect(result.parts.at(-1)).toEqual({ kind: 'same', text: 'suppliers.\nThe Group reviews the toolbox.' });
  });

  it('marks removed text as removed, in its place', () => {
    const result = compareTexts('Report within 24 hours of becoming aware.', 'Report within 72 hours.');
    expect(result.parts).toEqual([
      { kind: 'same', text: 'Report within ' },
      { kind: 'removed', text: '24' },
      { kind: 'added', text: '72' },
      { kind: 'same', text: ' hours' },
      { kind: 'removed', text: ' of becoming aware' },
      { kind: 'same', text: '.' },
    ]);
    expect(result).toMatchObject({ addedWords: 1, removedWords: 4 });
  });

  it('gives identical texts as one unchanged run', () => {
    const text = 'The toolbox.\nIts annex.';
    expect(compareTexts(text, text)).toEqual({ parts: [{ kind: 'same', text }], addedWords: 0, removedWords: 0 });
  });

  it('shows a paragraph replaced by an unrelated one whole, not as a scatter of small changes', () => {
    const result = compareTexts(
      'Intro.\nThe operators of essential services notify incidents without undue delay.\nEnd.',
      'Intro.\nA new annex lists the sectors and the thresholds agreed by the Group.\nEnd.',
    );
    expect(result.parts).toEqual([
      { kind: 'same', text: 'Intro.\n' },
      { kind: 'removed', text: 'The operators of essential services notify incidents without undue delay.\n' },
      { kind: 'added', text: 'A new annex lists the sectors and the thresholds agreed by the Group.\n' },
      { kind: 'same', text: 'End.' },
    ]);
  });

  it('never loses text: the runs rebuild both revisions exactly, whatever the edit', () => {
    const word = fc.constantFrom('risk', 'toolbox', 'the', 'of', '5G', 'réseau', 'annex', '.', ',', ' ', '\n', '  ');
    const text = fc.array(word, { maxLength: 80 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { parts } = compareTexts(a, b);
        expect(before(parts)).toBe(a);
        expect(after(parts)).toBe(b);
        // Runs of one kind are merged, and none is empty.
        parts.forEach((p, i) => {
          expect(p.text).not.toBe('');
          if (i > 0) expect(parts[i - 1]!.kind).not.toBe(p.kind);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('counts words as a reader does', () => {
    expect(countWords('The EU 5G toolbox, annex II.')).toBe(6);
    expect(countWords(' , . ')).toBe(0);
  });
});

/** A paper of about `bytes` of plain text, one paragraph per line, from a fixed seed. */
function longPaper(bytes: number): string[] {
  let seed = 2027;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const syllables = ['ta', 'ne', 'ri', 'so', 'mu', 'ka', 'le', 'pi', 'do', 've', 'ber', 'sec', 'net', 'work'];
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''),
  ).concat(Array(300).fill('the'), Array(200).fill('of'));
  const paragraphs: string[] = [];
  for (let size = 0; size < bytes; ) {
    const words = Array.from({ length: 40 + Math.floor(random() * 60) }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
    const paragraph = `${words.join(' ')}.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return paragraphs;
}

describe('comparing a long paper stays quick', () => {
  // Measured on a shared 2-core machine under load (other builds running): 200 KB with an edit in
  // every tenth paragraph ~50 ms; an edit in every paragraph ~300 ms; rewritten from end to end
  // ~170 ms; the same on one single 200 KB line ~150 ms. The bound leaves room for a slow CI.
  const BOUND_MS = 2_500;
  const paragraphs = longPaper(200_000);
  const text = paragraphs.join('\n');
  const timed = (a: string, b: string) => {
    const started = performance.now();
    const result = compareTexts(a, b);
    return { result, ms: performance.now() - started };
  };

  it('200 KB with scattered edits: every edit found, within the bound', () => {
    const edited = paragraphs.map((p, i) => (i % 10 === 3 ? p.replace(' the ', ' the residual ') : p)).join('\n');
    const { result, ms } = timed(text, edited);
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    expect(result.addedWords).toBe(paragraphs.filter((p, i) => i % 10 === 3 && p.includes(' the ')).length);
    expect(result.removedWords).toBe(0);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('200 KB edited in every paragraph, or rewritten, or on one line: within the bound, nothing lost', () => {
    const everywhere = paragraphs.map((p) => p.replace(' the ', ' the residual ')).join('\n');
    const rewritten = longPaper(200_000).reverse().join('\n');
    for (const [a, b] of [
      [text, everywhere],
      [text, rewritten],
      [text.replaceAll('\n', ' '), rewritten.replaceAll('\n', ' ')],
    ] as const) {
      const { result, ms } = timed(a, b);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(before(result.parts)).toBe(a);
      expect(after(result.parts)).toBe(b);
    }
  });
});

describe('comparing two revisions of a paper in the store', () => {
  let db: Store;
  beforeEach(async () => {
    db = openStore(':memory:');
    const dir = tempDir();
    await syncSource(db, writeFeed(dir, [page([doc('d1', { title: 'Toolbox', content_html: '<p>Assess the risk.</p><p>Annex.</p>' })])]));
    await syncSource(
      db,
      writeFeed(dir, [
        page([doc('d1', { title: 'Toolbox', content_html: '<p>Assess the residual risk.</p><p>Annex.</p>', _delegation: { type: 'guideline', revision: 2 } })]),
      ]),
    );
  });
  afterEach(() => db.close());

  it('compares them by their desk numbers, naming both revisions', () => {
    const result = compareRevisions(db, 'd1', 1, 2);
    expect(result.documentId).toBe('d1');
    expect(result.from).toMatchObject({ seq: 1, feedRevision: 1 });
    expect(result.to).toMatchObject({ seq: 2, feedRevision: 2 });
    expect(result.from.receivedAt).toEqual(expect.any(String));
    expect(result.parts).toEqual([
      { kind: 'same', text: 'Assess the ' },
      { kind: 'added', text: 'residual ' },
      { kind: 'same', text: 'risk.\nAnnex.' },
    ]);
    expect(result.addedWords).toBe(1);
  });

  it('compares a revision with itself as unchanged', () => {
    const result = compareRevisions(db, 'd1', 2, 2);
    expect(result.parts).toEqual([{ kind: 'same', text: 'Assess the residual risk.\nAnnex.' }]);
    expect(result).toMatchObject({ addedWords: 0, removedWords: 0 });
  });

  it('refuses a revision the desk does not hold, saying which it holds', () => {
    const attempt = () => compareRevisions(db, 'd1', 1, 7);
    expect(attempt).toThrow(DeskError);
    expect(attempt).toThrow('"Toolbox" has no revision 7: the revisions kept on this desk are 1 and 2');
    try {
      attempt();
    } catch (error) {
      expect((error as DeskError).kind).toBe('not_found');
    }
  });

  it('refuses a paper the desk does not hold', () => {
    expect(() => compareRevisions(db, 'nope', 1, 2)).toThrow('there is no document with id "nope"');
  });
});
