// What the position editor holds while the delegate types: the fields of a position, as plain
// strings, and how they become a save. Kept apart from the React component so the rules (what
// counts as a change, what a save sends) are tested on their own.
import type { CallInput } from '../../api/contract';
import type { PositionRecord, PositionStatus } from '../../api/types';

export interface PositionForm {
  status: PositionStatus;
  lineToTake: string;
  /** HTML from the rich text editor; '' when it holds nothing. */
  speakingPoints: string;
  redLines: string;
  fallback: string;
  background: string;
  owner: string;
  /** YYYY-MM-DD, or '' for none. */
  dueDate: string;
}

/**
 * The fields the delegate writes in, as text: what "nothing written yet" looks at, and what a
 * position started from an earlier meeting's takes from it (status, owner and due date stay).
 */
export const WRITTEN_FIELDS = ['lineToTake', 'speakingPoints', 'redLines', 'fallback', 'background'] as const satisfies readonly (keyof PositionForm)[];
export type WrittenFields = Pick<PositionForm, (typeof WRITTEN_FIELDS)[number]>;

/** The written fields of a position, a draft or a form. */
export function writtenOf(source: WrittenFields): WrittenFields {
  return Object.fromEntries(WRITTEN_FIELDS.map((field) => [field, source[field]])) as WrittenFields;
}

export const EMPTY_POSITION_FORM: PositionForm = {
  status: 'none',
  lineToTake: '',
  speakingPoints: '',
  redLines: '',
  fallback: '',
  background: '',
  owner: '',
  dueDate: '',
};

/** The form showing a saved position, or a draft's fields (what a position holds but its identity and times). */
export function formOf(record: Omit<PositionRecord, 'id' | 'agendaItemId' | 'createdAt' | 'updatedAt' | 'deletedAt'> | null): PositionForm {
  if (!record) return EMPTY_POSITION_FORM;
  return {
    status: record.status,
    lineToTake: record.lineToTake,
    speakingPoints: record.speakingPoints,
    redLines: record.redLines,
    fallback: record.fallback,
    background: record.background,
    owner: record.owner,
    dueDate: record.dueDate ?? '',
  };
}

/** The fields whose values differ; empty when the form says what was saved. */
export function changedFields(before: PositionForm, after: PositionForm): (keyof PositionForm)[] {
  return (Object.keys(before) as (keyof PositionForm)[]).filter((field) => before[field] !== after[field]);
}

/**
 * The save call for a form. `expectedUpdatedAt` names the version the editor started from, so a
 * save made meanwhile in another window is not silently overwritten.
 */
export function saveInputOf(agendaItemId: string, form: PositionForm, expectedUpdatedAt: string | null): CallInput<'positions.save'> {
  return { agendaItemId, ...fieldsOf(form), expectedUpdatedAt };
}

/** What a form says, as a position's fields: what a save sends, and what a draft keeps. */
export function fieldsOf(form: PositionForm): CallInput<'positions.keepDraft'>['fields'] {
  return {
    status: form.status,
    lineToTake: form.lineToTake,
    speakingPoints: form.speakingPoints,
    redLines: form.redLines,
    fallback: form.fallback,
    background: form.background,
    owner: form.owner.trim(),
    dueDate: form.dueDate === '' ? null : form.dueDate,
  };
}
