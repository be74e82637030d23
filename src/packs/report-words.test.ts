import { describe, expect, it } from 'vitest';
import type { PackImportReport } from '../api/types';
import { importSummary, outcomeCounts, plural, RECORD_NOUNS, waitingLines } from './report-words';

const none = { added: 0, updated: 0, left: 0 };
const report: PackImportReport = {
  applied: true,
  byType: { annotation: { added: 2, updated: 0, left: 0 }, position: { added: 0, updated: 1, left: 1 }, statement: none, note: { added: 1, updated: 0, left: 0 } },
  versionsAdded: 4,
  changes: [
    { type: 'position', id: 'position:z1', outcome: 'added', label: 'Position on agenda item z1' },
    { type: 'note', id: 'n1', outcome: 'left', label: 'Note on the contact CERT-FR' },
  ],
  waiting: [
    { type: 'position', id: 'position:z1', refersTo: 'agenda item z1' },
    { type: 'annotation', id: 'an9', refersTo: 'document d9' },
  ],
};

describe('an import report in words', () => {
  it('counts each outcome, leaving zeros out, singular for one', () => {
    expect(outcomeCounts({ added: 2, updated: 0, left: 1 })).toBe('2 added, 1 left as it was');
    expect(outcomeCounts({ added: 0, updated: 3, left: 2 })).toBe('3 updated, 2 left as they were');
    expect(outcomeCounts(none)).toBe('nothing');
    expect(plural(1, RECORD_NOUNS.statement)).toBe('1 tour de table statement');
    expect(plural(2, RECORD_NOUNS.annotation)).toBe('2 highlights');
  });

  it('sums every kind for a notice', () => {
    expect(importSummary(report)).toBe('3 added, 1 updated, 1 left as it was');
  });

  it('names each waiting record by its label, saying what it waits for when the label does not', () => {
    expect(waitingLines(report)).toEqual(['Position on agenda item z1', 'annotation an9: waits for document d9']);
  });
});
