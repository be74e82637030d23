// The delegate's own records as they leave the store: in packs, in the version history, and
// through the API. One definition (zod) gives the validation of an imported pack, the types the
// core and the UI use, and the pack's JSON Schema (docs/pack.schema.json).
import { z } from 'zod';

const id = z.string().min(1).max(200);
const instant = z.iso.datetime({ offset: true, error: 'a date and time in RFC 3339 form, e.g. 2027-02-10T09:30:00Z' });
const day = z.iso.date({ error: 'a date in the form YYYY-MM-DD' });
/** Long enough for any paper's paragraph or a page of speaking points; short enough to stay sane. */
const text = (max = 100_000) => z.string().max(max);

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const POSITION_STATUSES = ['none', 'draft', 'in_coordination', 'approved'] as const;
export const STANCES = ['support', 'against', 'reservation', 'scrutiny_reservation', 'no_view'] as const;
export const NOTE_SUBJECTS = ['meeting', 'agenda_item', 'document', 'contact'] as const;

/** Fields every local record has: when made, last saved, and deleted (kept as a tombstone). */
const stamps = {
  createdAt: instant,
  updatedAt: instant,
  deletedAt: instant.nullable(),
};

/**
 * A highlight on a paper, described with W3C Web Annotation selectors on the revision it was made
 * on: a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end) over the
 * paper's plain text.
 */
export const annotationRecord = z
  .object({
    id,
    documentId: id,
    revision: z.number().int().min(1),
    exact: text(20_000).min(1),
    prefix: text(200),
    suffix: text(200),
    start: z.number().int().min(0).nullable(),
    end: z.number().int().min(0).nullable(),
    note: text(),
    color: z.enum(HIGHLIGHT_COLORS),
    tags: z.array(z.string().min(1).max(60)).max(50),
    /**
     * Set when the highlight is in a PDF attachment rather than the paper's HTML: the attachment's
     * url, the sha256 of the file it was made on, and its page. The selectors are then over the
     * PDF's whole text (src/pdf/pdf-text.ts). Absent in packs written before PDFs could be marked up.
     */
    file: z
      .object({ url: z.string().min(1).max(4096), sha256: z.string().regex(/^[0-9a-f]{64}$/), page: z.number().int().min(1) })
      .strict()
      .nullable()
      .optional(),
    ...stamps,
  })
  .strict();

/** The national position on one agenda item. Speaking points are rich text (cleaned HTML). */
export const positionRecord = z
  .object({
    id,
    agendaItemId: id,
    status: z.enum(POSITION_STATUSES),
    lineToTake: text(),
    speakingPoints: text(),
    redLines: text(),
    fallback: text(),
    background: text(),
    owner: text(200),
    dueDate: day.nullable(),
    ...stamps,
  })
  .strict();

/** What the delegate writes in a position: all of it but its identity and its times. */
export const positionFields = positionRecord.pick({
  status: true, lineToTake: true, speakingPoints: true, redLines: true, fallback: true, background: true, owner: true, dueDate: true,
});

/** What one speaker said on one agenda item in the tour de table. */
export const statementRecord = z
  .object({
    id,
    agendaItemId: id,
    /** A Member State's two-letter code, COM (the Commission), ENISA, EEAS, or an observer's name. */
    speaker: z.string().min(1).max(80),
    stance: z.enum(STANCES),
    comment: text(20_000),
    ...stamps,
  })
  .strict();

export const noteRecord = z
  .object({
    id,
    subjectType: z.enum(NOTE_SUBJECTS),
    subjectId: id,
    body: text(),
    ...stamps,
  })
  .strict();

export type AnnotationRecord = z.infer<typeof annotationRecord>;
export type PositionRecord = z.infer<typeof positionRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
export type NoteRecord = z.infer<typeof noteRecord>;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export type PositionStatus = (typeof POSITION_STATUSES)[number];
export type Stance = (typeof STANCES)[number];
export type NoteSubject = (typeof NOTE_SUBJECTS)[number];

/** The kinds of local record, as the version history and packs name them. */
export type LocalRecordType = 'annotation' | 'position' | 'statement' | 'note';

export interface LocalRecordOf {
  annotation: AnnotationRecord;
  position: PositionRecord;
  statement: StatementRecord;
  note: NoteRecord;
}

/**
 * Ids that two stores agree on without talking: one position per agenda item and one statement
 * per speaker per item, so a pack from a colleague merges into the same record, not a duplicate.
 */
export function positionId(agendaItemId: string): string {
  return `position:${agendaItemId}`;
}

export function statementId(agendaItemId: string, speaker: string): string {
  return `statement:${agendaItemId}:${speaker}`;
}
