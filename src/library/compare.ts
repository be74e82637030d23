// What changed in a paper between two of its revisions, word by word, on the plain text.
//
// A paper's plain text is one line per block (paragraph, heading, list item). The comparison
// goes in two steps so that a long paper stays quick: first the lines (cheap, and most of a
// revised paper is unchanged), then the words, only inside each run of changed lines. A run too
// different to compare word by word in reasonable time (a paragraph rewritten from end to end)
// is shown as its old text removed and its new text added, which is what it is.
import { diffLines, diffWordsWithSpace } from 'diff';
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import type { DocumentComparison, RevisionRef } from '../api/types';

type Part = DocumentComparison['parts'][number];

/**
 * Past this many differing words and spaces, a word-by-word reading of a run is slow to compute
 * (the work grows with its length times its differences: about 0.2 s for 200 KB of unrelated
 * text at this bound) and no easier to read than the old and new blocks whole.
 */
const MAX_WORD_EDITS = 500;
/** A run of changed lines up to this size is compared as one text, so a moved phrase or a
 *  paragraph split in two reads well; a longer one is compared line by line. */
const WHOLE_RUN_CHARS = 20_000;

/** Words as a reader counts them: runs of letters or digits (a hyphenated word counts as two). */
const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function push(parts: Part[], kind: Part['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * Below this share of words kept, two texts are different texts: a few common words ("the",
 * "of") kept between a hundred small changes would only make the new text hard to read.
 */
const MIN_KEPT_SHARE = 0.4;

/**
 * The words two texts have in common, in any order: at least as many as a comparison can keep,
 * so a pair below the share can be told apart without the costly comparison.
 */
function sharedWords(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const w of a.match(WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b.match(WORD) ?? []) {
    const n = counts.get(w);
    if (n) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}

/** Word by word, or false when the two texts differ too much for that to be worth it. */
function compareWords(parts: Part[], removed: string, added: string): boolean {
  const enough = MIN_KEPT_SHARE * (countWords(removed) + countWords(added));
  if (2 * sharedWords(removed, added) < enough) return false;
  const changes = diffWordsWithSpace(removed, added, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return false;
  const kept = changes.reduce((n, c) => (c.added || c.removed ? n : n + countWords(c.value)), 0);
  if (2 * kept < enough) return false;
  for (const change of changes) push(parts, change.added ? 'added' : change.removed ? 'removed' : 'same', change.value);
  return true;
}

function replaced(parts: Part[], removed: string, added: string): void {
  if (removed === '' || added === '' || !compareWords(parts, removed, added)) {
    push(parts, 'removed', removed);
    push(parts, 'added', added);
  }
}

/**
 * One run of changed lines. Small, it is compared as one text. Long (a paper revised all
 * through, or rewritten), its lines are paired in order, each old line with the new line in its
 * place, so the work stays bounded by the length of a paragraph.
 */
function compareRun(parts: Part[], removed: string[], added: string[]): void {
  const removedText = removed.join('');
  const addedText = added.join('');
  if (removedText.length + addedText.length <= WHOLE_RUN_CHARS) {
    replaced(parts, removedText, addedText);
    return;
  }
  const paired = Math.min(removed.length, added.length);
  for (let i = 0; i < paired; i++) replaced(parts, removed[i]!, added[i]!);
  push(parts, 'removed', removed.slice(paired).join(''));
  push(parts, 'added', added.slice(paired).join(''));
}

/** The text of `after` cut into runs kept from `before`, added, or removed, in reading order. */
export function compareTexts(before: string, after: string): Pick<DocumentComparison, 'parts' | 'addedWords' | 'removedWords'> {
  const parts: Part[] = [];
  if (before === after) {
    push(parts, 'same', after);
  } else {
    let removed: string[] = [];
    let added: string[] = [];
    const flush = () => {
      compareRun(parts, removed, added);
      removed = [];
      added = [];
    };
    // oneChangePerToken: each line its own change, so a long run can be paired line by line.
    for (const change of diffLines(before, after, { oneChangePerToken: true })) {
      if (change.removed) removed.push(change.value);
      else if (change.added) added.push(change.value);
      else {
        flush();
        push(parts, 'same', change.value);
      }
    }
    flush();
  }
  let addedWords = 0;
  let removedWords = 0;
  for (const part of parts) {
    if (part.kind === 'added') addedWords += countWords(part.text);
    else if (part.kind === 'removed') removedWords += countWords(part.text);
  }
  return { parts, addedWords, removedWords };
}

interface StoredRevision extends RevisionRef {
  text: string;
}

function revisionOf(db: Store, id: string, seq: number, title: string): StoredRevision {
  const row = db
    .prepare(
      `SELECT seq, feed_revision AS feedRevision, received_at AS receivedAt, content_text AS text
       FROM document_revisions WHERE document_id = ? AND seq = ?`,
    )
    .get(id, seq) as StoredRevision | undefined;
  if (row) return row;
  const kept = db.prepare('SELECT seq FROM document_revisions WHERE document_id = ? ORDER BY seq').pluck().all(id) as number[];
  throw new DeskError(
    'not_found',
    `"${title}" has no revision ${seq}: the revisions kept on this desk are ${listed(kept)}`,
  );
}

function listed(numbers: number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** Compares two revisions of a paper by their desk numbers (document_revisions.seq). */
export function compareRevisions(db: Store, id: string, from: number, to: number): DocumentComparison {
  const title = db.prepare('SELECT title FROM documents WHERE id = ?').pluck().get(id) as string | undefined;
  if (title === undefined) throw new DeskError('not_found', `there is no document with id "${id}"`);
  const before = revisionOf(db, id, from, title);
  const after = revisionOf(db, id, to, title);
  const ref = ({ seq, feedRevision, receivedAt }: StoredRevision): RevisionRef => ({ seq, feedRevision, receivedAt });
  return { documentId: id, from: ref(before), to: ref(after), ...compareTexts(before.text, after.text) };
}
