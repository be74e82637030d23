// "Did you mean": when a search finds nothing, each word the index does not hold is replaced by the
// closest word it does hold (FTS5's own vocabulary of the search index), so a typo ("ransomwear",
// "notifcation") is one click from its results. Words the index holds are left as typed, and a
// suggestion is only made when it finds something.
//
// Candidates share the word's first letter: the vocabulary is read as a range of terms, a few
// milliseconds, where reading all of it costs 0.15 s in a store of 60,000 terms (the benchmark's);
// a slip on the first letter is the rarest. Close means an edit distance (with swapped neighbours
// counted once) of 1 for words of 3 to 5 letters and 2 for longer ones, as search engines commonly
// allow; the closest wins, then the word more records use. The last word is typed as a prefix, so
// it is compared with the start of each term, and a term found so is suggested whole. The
// suggestion is what was typed with only those words replaced, in the case they were typed in. The
// index holds words folded (no accents, lower case), so a corrected word is given back as the
// records write it: "sécurtié" suggests "sécurité", "ασφάλια" suggests "ασφάλεια", not "securite".
import type { Store } from '../store/open';
import { QUERY_WORD, queryWords } from './match-expression';
import { countMatches } from './search-counts';

const SHORTEST = 3;
/** Records read to see how a suggested word is written. */
const FORMS_READ = 5;

export function suggestSpelling(db: Store, query: string): string | null {
  const typed = query.normalize('NFKC');
  const words = queryWords(typed);
  if (words.length === 0) return null;
  const replaced = new Map<number, string>();
  words.forEach((word, i) => {
    const prefix = i === words.length - 1;
    // A number or a reference (2021, 5G, CVE ids) is not a spelling: another one is not "closer".
    if (word.length < SHORTEST || /\p{N}/u.test(word) || indexHolds(db, word, prefix)) return;
    const closer = closestTerm(db, fold(word), prefix);
    if (closer !== null) replaced.set(i, inCaseOf(word, writtenForm(db, closer)));
  });
  if (replaced.size === 0) return null;
  let i = 0;
  const suggestion = typed.replace(QUERY_WORD, (word) => (i < words.length ? (replaced.get(i++) ?? word) : word));
  return Object.values(countMatches(db, suggestion)).some((n) => n > 0) ? suggestion : null;
}

/**
 * How the records write a term the index holds folded: the form most of a few records that hold it
 * use, in lower case. FTS5 marks the word where it stands in a one-word snippet, so only those few
 * rows are read; a term written only without accents comes back as it is.
 */
function writtenForm(db: Store, term: string): string {
  const forms = db
    .prepare(`SELECT snippet(search_index, -1, char(2), char(3), '', 1) FROM search_index WHERE search_index MATCH ? LIMIT ${FORMS_READ}`)
    .pluck()
    .all(`"${term}"`) as string[];
  const counts = new Map<string, number>();
  for (const snippet of forms) {
    const form = /\u0002([^\u0003]*)\u0003/u.exec(snippet)?.[1]?.toLowerCase();
    // What the tokenizer folds to this very term, never a neighbouring word.
    if (form && fold(form) === term) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  let best = term;
  for (const [form, n] of counts) if (n > (counts.get(best) ?? 0)) best = form;
  return best;
}

/** `term` (lower case) written as `word` was: CAPITALS, Capitalised or not. */
function inCaseOf(word: string, term: string): string {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return term.toUpperCase();
  if (word[0] !== word[0]!.toLowerCase()) return term.charAt(0).toUpperCase() + term.slice(1);
  return term;
}

function indexHolds(db: Store, word: string, prefix: boolean): boolean {
  const match = `"${word}"${prefix ? '*' : ''}`;
  return db.prepare('SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1').get(match) !== undefined;
}

/** As the index's tokenizer (unicode61, remove_diacritics 2) keeps a word: lower case, no accents. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function closestTerm(db: Store, word: string, prefix: boolean): string | null {
  vocabulary(db);
  const first = word.charAt(0);
  const next = String.fromCharCode(first.charCodeAt(0) + 1);
  const terms = db.prepare('SELECT term, doc FROM temp.search_vocabulary WHERE term >= ? AND term < ?').raw().all(first, next) as [string, number][];
  const most = word.length <= 5 ? 1 : 2;
  let best: { term: string; distance: number; records: number } | null = null;
  for (const [term, records] of terms) {
    const distance = prefix ? prefixDistance(word, term, most) : editDistance(word, term, most);
    if (distance > most) continue;
    if (!best || distance < best.distance || (distance === best.distance && records > best.records)) best = { term, distance, records };
  }
  return best?.term ?? null;
}

/** FTS5's list of the index's terms with the number of records holding each, made once per connection (it lives in `temp`, not in the store). */
function vocabulary(db: Store): void {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary USING fts5vocab(main, search_index, row)');
}

/** The fewest edits from `word` to any start of `term`. */
function prefixDistance(word: string, term: string, most: number): number {
  let fewest = most + 1;
  for (let end = Math.max(1, word.length - most); end <= Math.min(term.length, word.length + most); end++) {
    fewest = Math.min(fewest, editDistance(word, term.slice(0, end), most));
  }
  return fewest;
}

/**
 * Insertions, deletions, substitutions and swaps of two neighbours, each counting one (optimal
 * string alignment); anything over `most` is reported as `most + 1` without being finished.
 */
export function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      smallest = Math.min(smallest, d);
    }
    if (smallest > most) return most + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, most + 1);
}
