// Feed format v1: JSON Feed 1.1 (or 1.0) plus the `_delegation` extension.
//
// This file is the single source of truth for the format. The validator (read-page.ts), the
// TypeScript types below and the published JSON Schema (docs/feed.schema.json, written by
// `npm run feed:schema`) all derive from these definitions; docs/feed-format.md explains them.
//
// Objects are zod's default "strip" objects: unknown fields are ignored, as JSON Feed asks of
// readers, so publishers can add fields without breaking older apps.
import { z } from 'zod';

/** The highest `_delegation.schema` this app understands. */
export const SUPPORTED_SCHEMA = 1;

export const DOCUMENT_TYPES = [
  'guideline',
  'reference_document',
  'report',
  'toolbox',
  'agenda',
  'minutes',
  'working_document',
  'news',
  'other',
] as const;
export const DOCUMENT_STATUSES = ['draft', 'published', 'superseded'] as const;
export const MEETING_KINDS = ['plenary', 'work_stream', 'csirts_network', 'workshop', 'other'] as const;
export const MEETING_FORMATS = ['in_person', 'remote', 'hybrid'] as const;
export const MEETING_STATUSES = ['planned', 'confirmed', 'postponed', 'cancelled'] as const;
export const AGENDA_PURPOSES = ['information', 'discussion', 'decision'] as const;
export const CONTACT_ROLES = [
  'spoc',
  'csirt',
  'nca',
  'secretariat',
  'enisa',
  'commission',
  'delegate',
  'other',
] as const;
export const TOMBSTONE_TYPES = ['document', 'meeting', 'agenda_item', 'contact', 'work_stream'] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type TombstoneType = (typeof TOMBSTONE_TYPES)[number];

// RFC 3339 date-time: full date, time, optional fraction, and a mandatory offset or Z.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function isRealDateTime(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const offset = m[8]!.length === 6 ? m[8]!.slice(1).split(':').map(Number) : [0, 0];
  if (offset[0]! > 23 || offset[1]! > 59) return false;
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth &&
    hour! <= 23 && minute! <= 59 && second! <= 60
  );
}

const dateTime = z
  .string({ error: 'expected an RFC 3339 date as a string' })
  .regex(RFC3339, { error: 'not an RFC 3339 date', abort: true })
  .refine(isRealDateTime, { error: 'not an RFC 3339 date' })
  .describe('RFC 3339 date-time, e.g. 2026-03-05T09:30:00+01:00');

const text = z.string();
const recordId = z
  .string({ error: 'expected an id as a string' })
  .min(1, { error: 'an id cannot be empty' })
  .max(200, { error: 'an id is limited to 200 characters' });
// Links may be absolute or relative to the page; read-page.ts resolves them and refuses a page
// with any link that is not http(s), so a `javascript:` or `file:` link can never reach the UI.
const link = z.string().max(2048, { error: 'a link is limited to 2048 characters' });

export const workStreamSchema = z.object({
  id: recordId,
  title: text,
  lead: text.optional(),
  description: text.optional(),
});

export const meetingSchema = z.object({
  id: recordId,
  title: text,
  description: text.optional().describe('plain text'),
  kind: z.enum(MEETING_KINDS),
  starts_at: dateTime,
  ends_at: dateTime.optional(),
  location: text.optional(),
  format: z.enum(MEETING_FORMATS).optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  work_stream: recordId.optional(),
  chair: text.optional(),
  updated_at: dateTime,
});

export const agendaItemSchema = z.object({
  id: recordId,
  meeting_id: recordId,
  number: text.describe('as printed on the agenda, e.g. "3.b"'),
  order: z.number().int(),
  title: text,
  purpose: z.enum(AGENDA_PURPOSES),
  description: text.optional().describe('plain text'),
  document_ids: z.array(recordId).optional(),
  lead: text.optional(),
  updated_at: dateTime,
});

export const contactSchema = z.object({
  id: recordId,
  name: text,
  organisation: text.optional(),
  roles: z.array(z.enum(CONTACT_ROLES)),
  country: z
    .string()
    .regex(/^([A-Z]{2})$/, { error: 'expected an ISO 3166-1 alpha-2 country code, or EU' })
    .describe('ISO 3166-1 alpha-2 (e.g. "FR"), or "EU" for the Union institutions and agencies'),
  email: z.email({ error: 'not an e-mail address' }).optional(),
  phone: text.optional(),
  url: link.optional(),
  updated_at: dateTime,
});

export const tombstoneSchema = z.object({
  type: z.enum(TOMBSTONE_TYPES),
  id: recordId,
  deleted_at: dateTime,
});

export const feedExtensionSchema = z.object({
  schema: z
    .number()
    .int()
    .min(1)
    .max(SUPPORTED_SCHEMA, {
      error: `this feed uses a newer format than this app supports (it supports format version ${SUPPORTED_SCHEMA}); update Delegate Desk`,
    })
    .optional(),
  publisher: text.optional(),
  meetings: z.array(meetingSchema).optional(),
  agenda_items: z.array(agendaItemSchema).optional(),
  contacts: z.array(contactSchema).optional(),
  work_streams: z.array(workStreamSchema).optional(),
  deleted: z.array(tombstoneSchema).optional(),
});

export const attachmentSchema = z.object({
  url: link,
  mime_type: text,
  title: text.optional(),
  size_in_bytes: z.number().int().nonnegative().optional(),
  duration_in_seconds: z.number().nonnegative().optional(),
  _delegation: z
    .object({
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 digest as 64 lowercase hex digits' })
        .optional(),
    })
    .optional(),
});

export const itemExtensionSchema = z.object({
  type: z.enum(DOCUMENT_TYPES).optional(),
  reference: text.optional().describe('e.g. "CG Publication 01/2020"'),
  revision: z.number().int().min(1).optional(),
  work_stream: recordId.optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  supersedes: recordId.optional(),
});

const author = z.object({ name: text.optional(), url: text.optional(), avatar: text.optional() });

export const itemSchema = z
  .object({
    // JSON Feed: "If an id is presented as a number, a JSON Feed reader must coerce it to a string."
    id: z.union([recordId, z.number()], { error: 'expected an id as a string' }),
    url: link.optional(),
    external_url: link.optional(),
    title: text.optional(),
    content_html: text.optional(),
    content_text: text.optional(),
    summary: text.optional(),
    image: text.optional(),
    banner_image: text.optional(),
    date_published: dateTime.optional(),
    date_modified: dateTime.optional(),
    author: author.optional(),
    authors: z.array(author).optional(),
    tags: z.array(text).optional(),
    language: text.optional(),
    attachments: z.array(attachmentSchema).optional(),
    _delegation: itemExtensionSchema.optional(),
  })
  .refine((item) => item.content_html !== undefined || item.content_text !== undefined, {
    error: 'an item needs content_html or content_text (JSON Feed requires one of them)',
    path: ['content_html'],
  });

export const feedSchema = z.object({
  version: z
    .string({ error: 'expected the JSON Feed version URL as a string' })
    .regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?$/, {
      error: 'not a JSON Feed version 1 or 1.1 URL',
    }),
  title: z.string({ error: 'a JSON Feed needs a title' }),
  home_page_url: link.optional(),
  feed_url: link.optional(),
  description: text.optional(),
  next_url: link.optional(),
  icon: text.optional(),
  favicon: text.optional(),
  language: text.optional(),
  expired: z.boolean().optional(),
  items: z.array(itemSchema, { error: 'a JSON Feed needs an items array' }),
  _delegation: feedExtensionSchema.optional(),
});

/**
 * A page with its records set aside (page-slices.ts): everything but the records is checked as
 * above, and each record is then checked on its own against its schema, which is the same check,
 * since nothing in a record's schema depends on the rest of the page.
 */
const setAside = z.array(z.unknown());
export const pageEnvelopeSchema = feedSchema.extend({
  items: setAside,
  _delegation: feedExtensionSchema
    .extend({ meetings: setAside.optional(), agenda_items: setAside.optional(), contacts: setAside.optional(), work_streams: setAside.optional() })
    .optional(),
});

export type FeedPage = z.infer<typeof feedSchema>;
export type FeedPageEnvelope = z.infer<typeof pageEnvelopeSchema>;
export type FeedItem = z.infer<typeof itemSchema>;
export type FeedMeeting = z.infer<typeof meetingSchema>;
export type FeedAgendaItem = z.infer<typeof agendaItemSchema>;
export type FeedContact = z.infer<typeof contactSchema>;
export type FeedWorkStream = z.infer<typeof workStreamSchema>;
export type FeedTombstone = z.infer<typeof tombstoneSchema>;
export type FeedAttachment = z.infer<typeof attachmentSchema>;

/** The JSON Schema of a feed page, derived from the definitions above. */
export function feedJsonSchema(): object {
  return z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
}
