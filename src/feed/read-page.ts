// Reads one feed page: bytes in, validated and normalised records out, or a FeedError that names
// the JSON path of the first problem.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, relative, isAbsolute, sep } from 'node:path';
import type { z } from 'zod';
import {
  agendaItemSchema,
  contactSchema,
  feedSchema,
  itemSchema,
  meetingSchema,
  pageEnvelopeSchema,
  workStreamSchema,
  type FeedAgendaItem,
  type FeedContact,
  type FeedItem,
  type FeedMeeting,
  type FeedPage,
  type FeedPageEnvelope,
  type FeedWorkStream,
} from './format';
import { FeedError } from './feed-error';
import { formatPath } from './issue-path';
import { jsonErrorOffset } from './json-error-offset';
import type { FingerprintedPage } from './page-fingerprint';
import {
  RECORD_LIST,
  type AgendaItemRecord,
  type ContactRecord,
  type DocumentRecord,
  type FeedPageRecords,
  type Fingerprint,
  type KnownRecord,
  type MeetingRecord,
  type RecordKind,
  type WorkStreamRecord,
} from './records';

export interface PageSource {
  /** 1-based position of the page in the sync. */
  page: number;
  /** The page's own URL (http(s) or file:), for resolving relative links. */
  url: string;
}

export function readPage(bytes: Uint8Array, source: PageSource): FeedPageRecords {
  const json = parseJson(bytes, source);
  const parsed = feedSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) throw pageError(parsed.error, source);
  return normalise(parsed.data, source);
}

/**
 * Reads a page against what the store already holds: a record whose bytes are exactly those the
 * store applied from this same page (same fingerprint) is only claimed by its id, neither decoded
 * nor validated again, since the same bytes cannot read differently; every other record is read and
 * validated on its own, as readPage would. The result is readPage's, less the known records, which
 * are in `claims` with `stored: true`. A page that could not be taken apart (page-fingerprint.ts),
 * or that has any problem, is read by readPage, so a bad page gets exactly readPage's message.
 */
export function readPageAgainst(page: FingerprintedPage, source: PageSource, known: ReadonlyMap<string, KnownRecord>): FeedPageRecords {
  return (page.slices && readSliced(page, page.slices, source, known)) ?? readPage(page.bytes, source);
}

// What stands in for each record in the page read without them: a value no record can be.
const PLACEHOLDER = Buffer.from('0');

const RECORD_SCHEMAS = {
  documents: itemSchema,
  meetings: meetingSchema,
  agenda_items: agendaItemSchema,
  contacts: contactSchema,
  work_streams: workStreamSchema,
} as const;

function readSliced(
  { bytes, recordFingerprints }: FingerprintedPage,
  slices: NonNullable<FingerprintedPage['slices']>,
  source: PageSource,
  known: ReadonlyMap<string, KnownRecord>,
): FeedPageRecords | null {
  const parts: Buffer[] = [];
  // A byte order mark is not JSON; the ordinary reading drops it too (TextDecoder).
  let from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (const slice of slices) {
    parts.push(bytes.subarray(from, slice.start), PLACEHOLDER);
    from = slice.end;
  }
  parts.push(bytes.subarray(from));
  let envelope: FeedPageEnvelope;
  try {
    const parsed = pageEnvelopeSchema.safeParse(JSON.parse(Buffer.concat(parts).toString('utf8')));
    if (!parsed.success) return null;
    envelope = parsed.data;
  } catch {
    return null;
  }
  // The slicer's work, checked: each array holds exactly its placeholders, one per slice.
  const ext = envelope._delegation;
  const arrays: Record<RecordKind, unknown[]> = {
    documents: envelope.items,
    meetings: ext?.meetings ?? [],
    agenda_items: ext?.agenda_items ?? [],
    contacts: ext?.contacts ?? [],
    work_streams: ext?.work_streams ?? [],
  };
  const perKind = new Map<RecordKind, number>();
  for (const slice of slices) perKind.set(slice.kind, (perKind.get(slice.kind) ?? 0) + 1);
  for (const [kind, array] of Object.entries(arrays) as [RecordKind, unknown[]][]) {
    if (array.length !== (perKind.get(kind) ?? 0) || array.some((v) => v !== 0)) return null;
  }

  const records = pageRecords(envelope, source);
  for (const [i, slice] of slices.entries()) {
    const piece = bytes.subarray(slice.start, slice.end);
    const fingerprint = recordFingerprints[i]!;
    const path = `${PATH_PREFIX[slice.kind]}[${slice.index}]`;
    const stored = known.get(fingerprint);
    if (stored && stored.kind === slice.kind && stored.pageUrl === source.url) {
      records.out.claims.push({ kind: slice.kind, id: stored.id, path, meetingId: stored.meetingId, stored: true, known: stored });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(piece.toString('utf8'));
    } catch {
      return null;
    }
    const parsed = RECORD_SCHEMAS[slice.kind].safeParse(raw);
    if (!parsed.success) return null;
    records.add(slice.kind, parsed.data, path, fingerprint);
  }
  return records.out;
}

function parseJson(bytes: Uint8Array, source: PageSource): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FeedError(source, null, 'is not UTF-8 text');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = String((error as Error).message);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? -1 : jsonErrorOffset(text);
    const where = offset >= 0 ? ` (${lineAndColumn(text, offset)})` : /end of JSON input/.test(message) ? ' (it ends too early)' : '';
    throw new FeedError(source, null, `is not valid JSON${where}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function pageError(error: z.ZodError, source: PageSource): FeedError {
  const [first, ...rest] = error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return new FeedError(source, formatPath(first!.path), `${describeIssue(first!)}${more}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && !issue.message.startsWith('expected')) {
    return `expected ${issue.expected}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

const PATH_PREFIX: Record<RecordKind, string> = {
  documents: 'items',
  meetings: '_delegation.meetings',
  agenda_items: '_delegation.agenda_items',
  contacts: '_delegation.contacts',
  work_streams: '_delegation.work_streams',
};

function normalise(page: FeedPage, source: PageSource): FeedPageRecords {
  const records = pageRecords(page, source);
  const ext = page._delegation;
  page.items.forEach((item, i) => records.add('documents', item, `items[${i}]`, null));
  ext?.meetings?.forEach((m, i) => records.add('meetings', m, `${PATH_PREFIX.meetings}[${i}]`, null));
  ext?.agenda_items?.forEach((a, i) => records.add('agenda_items', a, `${PATH_PREFIX.agenda_items}[${i}]`, null));
  ext?.contacts?.forEach((c, i) => records.add('contacts', c, `${PATH_PREFIX.contacts}[${i}]`, null));
  ext?.work_streams?.forEach((w, i) => records.add('work_streams', w, `${PATH_PREFIX.work_streams}[${i}]`, null));
  return records.out;
}

interface ValidatedRecord {
  documents: FeedItem;
  meetings: FeedMeeting;
  agenda_items: FeedAgendaItem;
  contacts: FeedContact;
  work_streams: FeedWorkStream;
}

/** The page's own fields, and a way to add its records one by one, each with its claim. */
function pageRecords(page: FeedPageEnvelope, source: PageSource) {
  const links = new LinkResolver(source);
  const out: FeedPageRecords = {
    title: page.title,
    publisher: page._delegation?.publisher ?? null,
    nextUrl: page.next_url === undefined ? null : links.page(page.next_url, 'next_url'),
    claims: [],
    documents: [],
    meetings: [],
    agendaItems: [],
    contacts: [],
    workStreams: [],
    tombstones: (page._delegation?.deleted ?? []).map((t) => ({ type: t.type, id: t.id, deletedAt: t.deleted_at })),
  };
  const claim = (kind: RecordKind, id: string, path: string, meetingId: string | null = null) =>
    out.claims.push({ kind, id, path, meetingId, stored: false });

  const convert: { [K in RecordKind]: (value: ValidatedRecord[K], path: string, fingerprint: Fingerprint) => { id: string } } = {
    documents: (item, path, fingerprint) => toDocument(item, path, links, fingerprint),
    meetings: (m, _path, fingerprint) => toMeeting(m, fingerprint),
    agenda_items: (a, _path, fingerprint) => toAgendaItem(a, fingerprint),
    contacts: (c, path, fingerprint) => toContact(c, path, links, fingerprint),
    work_streams: (w, _path, fingerprint) => toWorkStream(w, fingerprint),
  };

  function add<K extends RecordKind>(kind: K, value: ValidatedRecord[K], path: string, fingerprint: Fingerprint): void {
    const record = convert[kind](value, path, fingerprint);
    (out[RECORD_LIST[kind]] as { id: string }[]).push(record);
    claim(kind, record.id, path, kind === 'agenda_items' ? (record as AgendaItemRecord).meetingId : null);
  }
  return { out, add };
}

function toDocument(item: FeedItem, path: string, links: LinkResolver, fingerprint: Fingerprint): DocumentRecord {
  const ext = item._delegation;
  const contentHtml = item.content_html ?? null;
  const contentText = item.content_text ?? null;
  const contentHash = digest(JSON.stringify([contentHtml, contentText]));
  const meta = {
    id: String(item.id),
    type: ext?.type ?? 'news',
    title: item.title ?? '',
    summary: item.summary ?? null,
    url: item.url === undefined ? null : links.web(item.url, `${path}.url`),
    reference: ext?.reference ?? null,
    feedRevision: ext?.revision ?? null,
    workStreamId: ext?.work_stream ?? null,
    status: ext?.status ?? null,
    supersedes: ext?.supersedes ?? null,
    language: item.language ?? null,
    tags: item.tags ?? [],
    datePublished: item.date_published ?? null,
    dateModified: item.date_modified ?? null,
    attachments: (item.attachments ?? []).map((a, i) => ({
      url: links.attachment(a.url, `${path}.attachments[${i}].url`),
      mimeType: a.mime_type,
      title: a.title ?? null,
      sizeInBytes: a.size_in_bytes ?? null,
      sha256: a._delegation?.sha256 ?? null,
    })),
  } as const;
  return {
    ...meta,
    tags: [...meta.tags],
    attachments: meta.attachments,
    contentHtml,
    contentText,
    contentHash,
    recordHash: digest(JSON.stringify(meta) + contentHash),
    fingerprint,
  };
}

function toMeeting(m: FeedMeeting, fingerprint: Fingerprint): MeetingRecord {
  return withHash(
    {
      id: m.id,
      title: m.title,
      description: m.description ?? null,
      kind: m.kind,
      startsAt: m.starts_at,
      endsAt: m.ends_at ?? null,
      location: m.location ?? null,
      format: m.format ?? null,
      status: m.status ?? null,
      workStreamId: m.work_stream ?? null,
      chair: m.chair ?? null,
      updatedAt: m.updated_at,
    },
    fingerprint,
  );
}

function toAgendaItem(a: FeedAgendaItem, fingerprint: Fingerprint): AgendaItemRecord {
  return withHash(
    {
      id: a.id,
      meetingId: a.meeting_id,
      number: a.number,
      order: a.order,
      title: a.title,
      purpose: a.purpose,
      description: a.description ?? null,
      documentIds: a.document_ids ?? [],
      lead: a.lead ?? null,
      updatedAt: a.updated_at,
    },
    fingerprint,
  );
}

function toContact(c: FeedContact, path: string, links: LinkResolver, fingerprint: Fingerprint): ContactRecord {
  return withHash(
    {
      id: c.id,
      name: c.name,
      organisation: c.organisation ?? null,
      roles: c.roles,
      country: c.country,
      email: c.email ?? null,
      phone: c.phone ?? null,
      url: c.url === undefined ? null : links.web(c.url, `${path}.url`),
      updatedAt: c.updated_at,
    },
    fingerprint,
  );
}

function toWorkStream(w: FeedWorkStream, fingerprint: Fingerprint): WorkStreamRecord {
  return withHash({ id: w.id, title: w.title, lead: w.lead ?? null, description: w.description ?? null }, fingerprint);
}

// The hash covers the normalised record only (the fingerprint is added after), so it is the same
// however the page was read.
function withHash<T extends object>(record: T, fingerprint: Fingerprint): T & { recordHash: string; fingerprint: Fingerprint } {
  return { ...record, recordHash: digest(JSON.stringify(record)), fingerprint };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Resolves the links of a page against the page's URL and keeps the dangerous ones out:
 * a link shown to the delegate must be http(s); a page can only chain to a page of its own kind
 * (a remote feed can never point the app at a local file); a local feed's attachments must stay
 * inside the feed's folder.
 */
class LinkResolver {
  private readonly base: URL;
  constructor(private readonly source: PageSource) {
    this.base = new URL(source.url);
  }

  web(value: string, path: string): string {
    const url = this.resolve(value, path);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new FeedError(this.source, path, 'only http and https links are allowed');
    }
    return url.href;
  }

  page(value: string, path: string): string {
    const url = this.resolve(value, path);
    if (this.base.protocol === 'file:') {
      if (url.protocol !== 'file:') throw new FeedError(this.source, path, 'a local feed can only continue with a local page');
      if (!this.insideFeedFolder(url)) throw new FeedError(this.source, path, "a local feed's next page must be in the feed's folder");
      return url.href;
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.base.protocol === 'http:')) {
      throw new FeedError(this.source, path, `a ${this.base.protocol.slice(0, -1)} feed can only continue with an https page`);
    }
    return url.href;
  }

  attachment(value: string, path: string): string {
    const url = this.resolve(value, path);
    if (this.base.protocol === 'file:' && url.protocol === 'file:') {
      if (!this.insideFeedFolder(url)) throw new FeedError(this.source, path, "a local attachment must be inside the feed's folder");
      return url.href;
    }
    return this.web(value, path);
  }

  private insideFeedFolder(url: URL): boolean {
    const rel = relative(dirname(fileURLToPath(this.base)), fileURLToPath(url));
    return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
  }

  private resolve(value: string, path: string): URL {
    try {
      return new URL(value, this.base);
    } catch {
      throw new FeedError(this.source, path, 'not a valid link');
    }
  }
}
