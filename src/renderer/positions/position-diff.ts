// What changed between two saved states of a position, field by field, in words a delegate can
// check at a glance: the status as "Draft → Approved", the texts as runs of kept, added and
// removed words (jsdiff's word diff, which keeps the spacing and line breaks of the newer text).
import { diffWords } from 'diff';
import type { PositionRecord } from '../../api/types';
import { formatDueDate, positionStatusLabel } from './position-labels';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export interface FieldChange {
  field: PositionField;
  label: string;
  /** The whole change as words: the status, the owner and the due date are short enough. */
  before: string;
  after: string;
  /** For the longer texts: the newer text cut into kept, added and removed runs. */
  parts: DiffPart[] | null;
}

export type PositionField = 'status' | 'lineToTake' | 'speakingPoints' | 'redLines' | 'fallback' | 'background' | 'owner' | 'dueDate';

/** In the order the editor shows them. */
export const POSITION_FIELD_LABELS: Record<PositionField, string> = {
  status: 'Status',
  lineToTake: 'Line to take',
  speakingPoints: 'Speaking points',
  redLines: 'Red lines',
  fallback: 'Fallback',
  background: 'Background',
  owner: 'Owner in the capital',
  dueDate: 'Due date',
};

const LONG_TEXTS = new Set<PositionField>(['lineToTake', 'speakingPoints', 'redLines', 'fallback', 'background']);

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * The changes from `older` to `newer`; with no older state (the first save) every field that
 * says something counts as added. `plainText` turns speaking points (HTML) into the words
 * compared, so a change of markup alone (the same words re-wrapped) is not reported.
 */
export function positionChanges(
  older: PositionRecord | null,
  newer: PositionRecord,
  plainText: (html: string) => string,
): FieldChange[] {
  const shown = (record: PositionRecord | null, field: PositionField): string => {
    if (!record) return '';
    switch (field) {
      case 'status':
        return positionStatusLabel(record.status);
      case 'speakingPoints':
        return plainText(record.speakingPoints);
      case 'dueDate':
        return record.dueDate ? formatDueDate(record.dueDate) : '';
      default:
        return record[field];
    }
  };
  const changes: FieldChange[] = [];
  for (const field of Object.keys(POSITION_FIELD_LABELS) as PositionField[]) {
    // A first save from "no position" is not news; every other first value is.
    if (!older && field === 'status' && newer.status === 'none') continue;
    const before = shown(older, field);
    const after = shown(newer, field);
    if (before === after) continue;
    changes.push({
      field,
      label: POSITION_FIELD_LABELS[field],
      before,
      after,
      parts: LONG_TEXTS.has(field) ? wordDiff(before, after) : null,
    });
  }
  return changes;
}
