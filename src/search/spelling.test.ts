import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closeStore, openStore, type Store } from '../store/open';
import { putPaper } from '../../tests/support/papers';
import { editDistance, suggestSpelling } from './spelling';
import { search } from './search';

let db: Store;

beforeEach(() => {
  db = openStore(':memory:');
  putPaper(db, 'p1', 'Ransomware against hospitals: a risk assessment of the incident notification chain.', 'EU Toolbox for 5G networks');
  putPaper(db, 'p2', 'The contact points of each Member State, and post-quantum migration.', 'Single points of contact');
  putPaper(db, 'p3', 'Another contact list for the contact points.', 'Contact list');
  putPaper(db, 'p4', 'A contract with a vendor.', 'Procurement');
  putPaper(db, 'p5', 'Zephyrine is a word only this paper holds.', 'Glossary');
});

afterEach(() => closeStore(db));

describe('suggestSpelling: the closest words the store holds, for a search that found nothing', () => {
  it('corrects a misspelt word, and what it suggests finds something', () => {
    expect(search(db, 'ransomwear')).toEqual([]);
    expect(suggestSpelling(db, 'ransomwear')).toBe('ransomware');
    expect(search(db, 'ransomware').map((h) => h.id)).toEqual(['p1']);
    expect(suggestSpelling(db, 'incident notifcation')).toBe('incident notification');
  });

  it('changes only the misspelt words, keeping what was typed around them and the case they were typed in', () => {
    expect(suggestSpelling(db, 'EU Toolbx 5G')).toBe('EU Toolbox 5G');
    expect(suggestSpelling(db, 'post-quantun')).toBe('post-quantum');
    expect(suggestSpelling(db, '  RANSOMWEAR!')).toBe('  RANSOMWARE!');
  });

  it('takes the last word as the start of a word, as the search does, and suggests a whole word', () => {
    expect(suggestSpelling(db, 'ransomw')).toBeNull(); // it finds "ransomware" already
    // Half typed and misspelt: one slip from "ransomw", far from "ransomware" itself.
    expect(suggestSpelling(db, 'risk ransmw')).toBe('risk ransomware');
  });

  it('gives a corrected word back with the accents the records write it with', () => {
    putPaper(db, 'fr1', 'La sécurité des réseaux et des systèmes d’information.', 'Directive SRI');
    putPaper(db, 'fr2', 'Sécurité: the French word, capitalised at the start of a sentence.', 'Glossaire');
    putPaper(db, 'el1', 'Η ασφάλεια των δικτύων.', 'Οδηγία');
    expect(suggestSpelling(db, 'sécurtié')).toBe('sécurité');
    expect(suggestSpelling(db, 'Securtie des réseaux')).toBe('Sécurité des réseaux');
    expect(suggestSpelling(db, 'ασφάλια')).toBe('ασφάλεια');
    // A word the records write without accents stays without them.
    expect(suggestSpelling(db, 'ransomwear')).toBe('ransomware');
  });

  it('counts two letters swapped as one slip', () => {
    // Four letters allow one edit only: "rsik" is "risk" with two neighbours swapped.
    expect(suggestSpelling(db, 'rsik')).toBe('risk');
  });

  it('prefers the closest word, then the one more papers use', () => {
    // "contrct" is one edit from both "contact" (two papers) and "contract" (one).
    expect(suggestSpelling(db, 'contrct list')).toBe('contact list');
    expect(suggestSpelling(db, 'contrat')).toBe('contract');
  });

  it('suggests nothing when no word is close, for short words, or when the correction would still find nothing', () => {
    expect(suggestSpelling(db, 'zzqxj')).toBeNull();
    expect(suggestSpelling(db, 'xq')).toBeNull();
    // Numbers and references are not corrected: "6G" is not a misspelt "5G", nor 2020 a misspelt 2021.
    putPaper(db, 'p6', 'The 5G rollout of 2021.', 'Rollout');
    expect(suggestSpelling(db, '6G')).toBeNull();
    expect(suggestSpelling(db, 'rollout 2020')).toBeNull();
    expect(suggestSpelling(db, '')).toBeNull();
    // Each word is known, or corrected, but no paper holds them all.
    expect(suggestSpelling(db, 'zephyrine ransomwear')).toBeNull();
  });

  it('leaves the store file as it was: the vocabulary it reads lives in the connection', () => {
    suggestSpelling(db, 'ransomwear');
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%vocabulary%'").all()).toEqual([]);
    expect(db.prepare("SELECT name FROM temp.sqlite_schema WHERE name = 'search_vocabulary'").pluck().all()).toEqual(['search_vocabulary']);
  });
});

describe('editDistance', () => {
  /** Optimal string alignment distance, computed in full: the reference. */
  function reference(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  it('is the full distance when it is at most `most`, and `most + 1` otherwise (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, most) => {
        expect(editDistance(a, b, most)).toBe(Math.min(reference(a, b), most + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
