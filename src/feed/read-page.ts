// Reads one feed page: bytes in, validated and normalised records out, or a FeedError that names
// the JSON path of the first problem.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, relative, isAbsolute, sep } from 'node:path';
import type { z } from 'zod';
import { feedSchema, type FeedItem, type FeedPage } from './format';
import { FeedError } from './feed-error';
import { formatPath } from './issue-path';
import { jsonErrorOffset } from './json-error-offset';
import type {
  AgendaItemRecord,
  ContactRecord,
  DocumentRecord,
  FeedPageRecords,
  MeetingRecord,
  WorkStreamRecord,
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
 * Reads again a page that readPage already accepted, byte for byte the same (the sync checks the
 * digest): validation cannot find anything new, so it is skipped. The schema has no defaults or
 * transforms, and normalise() reads only the fields it knows, so the result is the same.
 */
export function rereadValidatedPage(bytes: Uint8Array, source: PageSource): FeedPageRecords {
  return normalise(parseJson(bytes, source) as FeedPage, source);
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

function normalise(page: FeedPage, source: PageSource): FeedPageRecords {
  const ext = page._delegation;
  const links = new LinkResolver(source);
  return {
    title: page.title,
    publisher: ext?.publisher ?? null,
    nextUrl: page.next_url === undefined ? null : links.page(page.next_url, 'next_url'),
    documents: page.items.map((item, i) => toDocument(item, `items[${i}]`, links)),
    meetings: (ext?.meetings ?? []).map(
      (m): MeetingRecord =>
        withHash({
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
        }),
    ),
    agendaItems: (ext?.agenda_items ?? []).map(
      (a): AgendaItemRecord =>
        withHash({
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
        }),
    ),
    contacts: (ext?.contacts ?? []).map(
      (c, i): ContactRecord =>
        withHash({
          id: c.id,
          name: c.name,
          organisation: c.organisation ?? null,
          roles: c.roles,
          country: c.country,
          email: c.email ?? null,
          phone: c.phone ?? null,
          url: c.url === undefined ? null : links.web(c.url, `_delegation.contacts[${i}].url`),
          updatedAt: c.updated_at,
        }),
    ),
    workStreams: (ext?.work_streams ?? []).map(
      (w): WorkStreamRecord =>
        withHash({ id: w.id, title: w.title, lead: w.lead ?? null, description: w.description ?? null }),
    ),
    tombstones: (ext?.deleted ?? []).map((t) => ({ type: t.type, id: t.id, deletedAt: t.deleted_at })),
  };
}

function toDocument(item: FeedItem, path: string, links: LinkResolver): DocumentRecord {
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
  };
}

function withHash<T extends object>(record: T): T & { recordHash: string } {
  return { ...record, recordHash: digest(JSON.stringify(record)) };
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
