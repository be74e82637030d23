// How a comparison is laid out for reading: the changed runs in full, and the long unchanged
// stretches between them folded down to a few paragraphs of context, so a 200-page paper with
// three changes reads as three changes. Kept free of React so it is tested under node.
import type { DocumentComparison } from '../../../api/types';

type Part = DocumentComparison['parts'][number];

/** Paragraphs of unchanged text kept in view either side of a change. */
export const CONTEXT_PARAGRAPHS = 2;

export type DiffRun =
  | Part
  /** Unchanged paragraphs folded away; `key` names the fold so it can be opened. */
  | { kind: 'folded'; text: string; paragraphs: number; key: number };

/**
 * Cuts the unchanged runs longer than their context into kept context and a fold. A paragraph
 * is a line of the plain text (the core keeps one block per line). `open` lists folds the
 * delegate opened.
 */
export function diffRuns(parts: DocumentComparison['parts'], open: ReadonlySet<number> = new Set()): DiffRun[] {
  const runs: DiffRun[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== 'same' || open.has(index)) {
      runs.push(part);
      return;
    }
    const lines = part.text.split(/(?<=\n)/);
    const keepBefore = index === 0 ? 0 : CONTEXT_PARAGRAPHS;
    const keepAfter = index === parts.length - 1 ? 0 : CONTEXT_PARAGRAPHS;
    // Folding fewer than two paragraphs hides nothing worth a button.
    if (lines.length - keepBefore - keepAfter < 2) {
      runs.push(part);
      return;
    }
    const head = lines.slice(0, keepBefore).join('');
    const middle = lines.slice(keepBefore, lines.length - keepAfter);
    const tail = lines.slice(lines.length - keepAfter).join('');
    if (head) runs.push({ kind: 'same', text: head });
    runs.push({ kind: 'folded', text: middle.join(''), paragraphs: middle.length, key: index });
    if (tail) runs.push({ kind: 'same', text: tail });
  });
  return runs;
}
