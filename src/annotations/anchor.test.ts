// Each rule of placing an annotation in a revision, one at a time, on small hand-made texts.
import { describe, expect, it } from 'vitest';
import { placeAnnotation, type Selectors } from './anchor';
import { CONTEXT_LENGTH, maxErrorsFor, MIN_FUZZY_SCORE, scoreMatch } from './match-quote';
import { describeSelection } from './selection';

const PAPER =
  'Member States should assess the risk profile of suppliers. The Commission will support a coordinated risk assessment ' +
  'of 5G networks, and Member States should apply strategic and technical measures where needed.';

/** Selectors for the first occurrence of `quote` in `text`, made on `revision`. */
function selectorsFor(text: string, quote: string, revision = 1, occurrence = 0): Selectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`test text lacks ${quote}`);
  return describeSelection(text, revision, start, start + quote.length, quote);
}

describe('placing an annotation', () => {
  it('trusts its position on the revision it was made on', () => {
    const s = selectorsFor(PAPER, 'coordinated risk assessment');
    expect(placeAnnotation(s, PAPER, 1)).toEqual({ revision: 1, status: 'anchored', start: s.start, end: s.end, method: 'position' });
  });

  it('trusts a position only while the text there is still the quote', () => {
    const s = selectorsFor(PAPER, 'coordinated risk assessment');
    const moved = `A short introduction. ${PAPER}`;
    const shift = 'A short introduction. '.length;
    // Same numbered revision, different text (a record from another store): searched, not trusted.
    expect(placeAnnotation(s, moved, 1)).toMatchObject({ method: 'exact', start: s.start! + shift, end: s.end! + shift });
    // A new revision where the passage did not move: the position holds.
    const sameSpot = PAPER.replace('5G networks', '5G and 6G networks');
    expect(placeAnnotation(s, sameSpot, 2)).toMatchObject({ status: 'anchored', method: 'position', start: s.start, end: s.end });
    // A new revision where the passage moved: found where it went, never on the stale offsets.
    expect(placeAnnotation(s, moved, 2)).toMatchObject({ method: 'exact', start: s.start! + shift });
  });

  it('does not take the same words at the old offset for the annotation when the context says it moved', () => {
    const text = 'First, the risk assessment of suppliers. Then the risk assessment of networks follows.';
    const second = selectorsFor(text, 'risk assessment', 1, 1);
    // Text inserted at the start pushes the first occurrence exactly onto the second's old offset.
    const pad = 'x'.repeat(second.start! - text.indexOf('risk assessment'));
    const revised = pad + text;
    expect(revised.slice(second.start!, second.end!)).toBe('risk assessment');
    expect(placeAnnotation(second, revised, 2)).toMatchObject({ method: 'exact', start: second.start! + pad.length });
  });

  it('prefers an exact occurrence to a near one, even one in the right place', () => {
    const s = selectorsFor(PAPER, 'strategic and technical measures');
    const revised = PAPER.replace('strategic and technical measures', 'strategic and technical measure') + ' Annex: strategic and technical measures.';
    const anchor = placeAnnotation(s, revised, 2);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'exact' });
    expect(anchor.start).toBe(revised.lastIndexOf('strategic and technical measures'));
  });

  it('lets the context decide between repeated quotes, then nearness', () => {
    const text = 'The risk assessment of suppliers is due in May. Later, the risk assessment of networks is due in June.';
    const second = selectorsFor(text, 'risk assessment', 1, 1);
    // Moved towards the first occurrence's old place: the context still picks the second one.
    const revised = `Preface. ${text}`;
    const anchor = placeAnnotation({ ...second, start: 4, end: 4 + 'risk assessment'.length }, revised, 2);
    expect(anchor.start).toBe(revised.lastIndexOf('risk assessment'));

    // Identical context around several occurrences: the one nearest to where it was wins.
    const twins = 'xx risk assessment yy. '.repeat(8);
    const fourth = selectorsFor(twins, 'risk assessment', 1, 3);
    const shifted = `z${twins}`;
    expect(placeAnnotation(fourth, shifted, 2).start).toBe(fourth.start! + 1);
  });

  it('finds a quote with a few changed characters, and places it on that text', () => {
    const s = selectorsFor(PAPER, 'coordinated risk assessment of 5G networks');
    const revised = PAPER.replace('coordinated risk assessment of 5G networks', 'co-ordinated risk assessment of 5G network');
    const anchor = placeAnnotation(s, revised, 2);
    expect(anchor.method).toBe('fuzzy');
    expect(revised.slice(anchor.start!, anchor.end!)).toBe('co-ordinated risk assessment of 5G network');
  });

  it('orphans an annotation when nothing similar is left, and never invents a position', () => {
    const s = selectorsFor(PAPER, 'coordinated risk assessment of 5G networks');
    const revised = 'Member States should assess the risk profile of suppliers. The paper was withdrawn.';
    expect(placeAnnotation(s, revised, 2)).toEqual({ revision: 2, status: 'orphaned', start: null, end: null, method: null });
    expect(placeAnnotation(s, '', 3)).toMatchObject({ status: 'orphaned' });
  });

  it('bounds the differences: a quarter of the quote at most, none for a very short quote', () => {
    expect(maxErrorsFor('abc')).toBe(0);
    expect(maxErrorsFor('x'.repeat(40))).toBe(10);
    expect(maxErrorsFor('x'.repeat(5000))).toBe(256);
    const quote = 'abcdefghijklmnopqrst'; // 20 characters: 5 differences allowed
    const text = `${'-'.repeat(40)}${quote}${'-'.repeat(40)}`;
    const s = selectorsFor(text, quote);
    expect(placeAnnotation(s, text.replace('abcdef', 'ABCDEf'), 2)).toMatchObject({ method: 'fuzzy' });
    expect(placeAnnotation(s, text.replace('abcdef', 'ABCDEF'), 2)).toMatchObject({ status: 'orphaned' });
    const short = selectorsFor('the cat sat', 'cat');
    expect(placeAnnotation(short, 'the cot sat', 2)).toMatchObject({ status: 'orphaned' });
  });

  it('keeps a near match whose context is gone only if the quote is nearly intact', () => {
    const quote = 'national risk assessments of 5G networks'; // 40 characters, 10 differences allowed
    const s = { ...selectorsFor(`Before it. ${quote}. After it.`, quote), start: null, end: null };
    const sixChanged = 'NATIONal risk assessments of 5G networks';
    const twoChanged = 'NAtional risk assessments of 5G networks';
    const elsewhere = (q: string) => `Something else entirely, in other words: ${q}; and then nothing alike at all.`;
    expect(placeAnnotation(s, elsewhere(sixChanged), 2)).toMatchObject({ status: 'orphaned' });
    expect(placeAnnotation(s, elsewhere(twoChanged), 2)).toMatchObject({ status: 'anchored', method: 'fuzzy', start: 41 });
    // The same six changes with the context in place: within the bound, so placed.
    expect(placeAnnotation(s, `Before it. ${sixChanged}. After it.`, 2)).toMatchObject({ status: 'anchored', method: 'fuzzy', start: 11 });
  });

  it('scores quote, prefix, suffix and nearness with the weights 50, 20, 20, 2', () => {
    const text = `${'p'.repeat(CONTEXT_LENGTH)}QUOTE${'s'.repeat(CONTEXT_LENGTH)}`;
    const match = { start: CONTEXT_LENGTH, end: CONTEXT_LENGTH + 5, errors: 0 };
    const full = { prefix: 'p'.repeat(CONTEXT_LENGTH), suffix: 's'.repeat(CONTEXT_LENGTH), hint: CONTEXT_LENGTH };
    expect(scoreMatch(text, 'QUOTE', match, full)).toBe(1);
    expect(scoreMatch(text, 'QUOTE', match, { ...full, prefix: 'x'.repeat(CONTEXT_LENGTH) })).toBeCloseTo(72 / 92);
    expect(scoreMatch(text, 'QUOTE', match, { ...full, prefix: 'x'.repeat(CONTEXT_LENGTH), suffix: 'y'.repeat(CONTEXT_LENGTH) })).toBeCloseTo(52 / 92);
    expect(scoreMatch(text, 'QUOTE', { ...match, errors: 1 }, full)).toBeCloseTo((40 + 42) / 92);
  });

  it('keeps an exact match whatever its context; the bar applies to near matches only', () => {
    const s = selectorsFor(PAPER, 'coordinated risk assessment');
    const alone = '1234567890 1234567890 1234567890 coordinated risk assessment 0987654321 0987654321 0987654321';
    const anchor = placeAnnotation(s, alone, 2);
    expect(anchor).toMatchObject({ status: 'anchored', method: 'exact', start: alone.indexOf('coordinated') });
    const start = anchor.start!;
    const score = scoreMatch(alone, s.exact, { start, end: anchor.end!, errors: 0 }, { prefix: s.prefix, suffix: s.suffix, hint: s.start });
    expect(score).toBeLessThan(MIN_FUZZY_SCORE);
  });
});

describe('describing a selection', () => {
  it('checks the selected text against the revision, trims its spaces and takes 32 characters each side', () => {
    const start = PAPER.indexOf('coordinated');
    const s = describeSelection(PAPER, 3, start - 1, start + 'coordinated risk '.length, ` coordinated risk `);
    expect(s).toEqual({
      revision: 3,
      start,
      end: start + 'coordinated risk'.length,
      exact: 'coordinated risk',
      prefix: PAPER.slice(start - 32, start),
      suffix: PAPER.slice(start + 'coordinated risk'.length, start + 'coordinated risk'.length + 32),
    });
    expect(s.prefix).toHaveLength(32);
  });

  it('refuses a selection that does not match the text, falls outside it, or holds only spaces', () => {
    expect(() => describeSelection(PAPER, 2, 0, 6, 'Member')).not.toThrow();
    expect(() => describeSelection(PAPER, 2, 0, 6, 'Membre')).toThrow(/does not match revision 2 .*select the text again/);
    expect(() => describeSelection(PAPER, 2, 5, 5, '')).toThrow(/outside the text/);
    expect(() => describeSelection(PAPER, 2, PAPER.length - 1, PAPER.length + 4, '.')).toThrow(/outside the text/);
    expect(() => describeSelection('a   b', 2, 1, 4, '   ')).toThrow(/no text/);
  });

  it('never cuts a character in two at the edge of the context', () => {
    const text = `${'x'.repeat(31)}😀QUOTE😀${'y'.repeat(31)}`;
    const s = describeSelection(text, 1, 33, 38, 'QUOTE');
    expect(s.prefix).toBe(`${'x'.repeat(30)}😀`.slice(-32).replace(/^[\uDC00-\uDFFF]/, ''));
    expect(s.prefix.startsWith('x')).toBe(true);
    expect(s.suffix).toBe(`😀${'y'.repeat(30)}`);
  });
});
