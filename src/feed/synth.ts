// Writes a synthetic feed of any size, for benchmarks and tests: the same options and seed always
// give the same bytes, and a later "edition" alters a chosen fraction of records while leaving
// every other record byte for byte as it was, on the same page. That is what a resync benchmark
// needs: pages whose bytes changed, holding mostly records that did not.
//
// Records are generated one by one from their own seeded generator (seed, kind, index), so a
// record does not depend on the records before it, nor on the size of the feed around it.
import { rename, writeFile } from 'node:fs/promises';
import { makeFolders } from '../files/make-folders';
import { join } from 'node:path';
import type { AGENDA_PURPOSES, CONTACT_ROLES, DOCUMENT_TYPES, MEETING_KINDS } from './format';

export interface SyntheticFeedOptions {
  documents: number;
  meetings: number;
  agendaItems: number;
  contacts: number;
  /** Items plus records on one page at most. */
  pageSize?: number;
  /** About how many bytes of text each document holds. */
  textBytes?: number;
  seed?: number;
  /** Fraction (0..1) of records this edition alters. */
  changedFraction?: number;
  /**
   * Where the altered records lie: spread evenly over the feed, so every page changes (the worst
   * case for a reader), or together in one run of records, on a page or two (a publisher whose
   * changes are mostly one meeting's papers and agenda, kept in place).
   */
  changedPlacement?: 'spread' | 'together';
  /** Which edition this is: editions alter different records, each in its own way. */
  edition?: number;
  /**
   * An earlier edition whose alterations stay (a publisher's changes accumulate): its records keep
   * what it made of them, unless this edition alters them again.
   */
  keepEdition?: Alteration;
}

export interface Alteration {
  edition: number;
  changedFraction: number;
  changedPlacement?: 'spread' | 'together';
}

export interface SyntheticFeed {
  /** Paths of the pages written, first page (feed.json) first. */
  pages: string[];
  bytes: number;
}

const SITE = 'https://nis-cg.example';
// Every published record carries this date unless an edition altered it.
const BASE_UPDATED = Date.UTC(2025, 5, 1, 8, 0, 0);

export async function writeSyntheticFeed(dir: string, options: SyntheticFeedOptions): Promise<SyntheticFeed> {
  const feed = new SyntheticFeedPlan(options);
  makeFolders(dir);
  const pages: string[] = [];
  let bytes = 0;
  for (let page = 0; page < feed.pageCount; page++) {
    const data = new TextEncoder().encode(JSON.stringify(feed.page(page)));
    const file = join(dir, pageFile(page));
    // Written aside then renamed, so a server reading the folder never sees half a page; the
    // temporary name is a dotfile, which serveFeedFolder never serves.
    const temporary = join(dir, `.${pageFile(page)}.${process.pid}.tmp`);
    await writeFile(temporary, data);
    await rename(temporary, file);
    pages.push(file);
    bytes += data.byteLength;
  }
  return { pages, bytes };
}

function pageFile(page: number): string {
  return page === 0 ? 'feed.json' : `feed-${page + 1}.json`;
}

type Kind = 'document' | 'meeting' | 'agenda_item' | 'contact';

/** Where records sit: all documents, then meetings, agenda items and contacts, by id, in pages. */
class SyntheticFeedPlan {
  readonly pageCount: number;
  private readonly size: number;
  private readonly total: number;
  private readonly seed: number;
  private readonly textBytes: number;
  /** This edition's alterations last: a record takes the last that alters it. */
  private readonly alterations: { edition: number; fraction: number; together: boolean; offset: number }[];

  constructor(private readonly options: SyntheticFeedOptions) {
    for (const name of ['documents', 'meetings', 'agendaItems', 'contacts'] as const) {
      if (!Number.isInteger(options[name]) || options[name] < 0) throw new RangeError(`${name} must be a whole number`);
    }
    if (options.agendaItems > 0 && options.meetings === 0) throw new RangeError('agenda items need at least one meeting');
    this.size = options.pageSize ?? 1000;
    if (!Number.isInteger(this.size) || this.size < 1) throw new RangeError('pageSize must be at least 1');
    this.seed = (options.seed ?? 1) >>> 0;
    this.textBytes = options.textBytes ?? 6000;
    this.total = options.documents + options.meetings + options.agendaItems + options.contacts;
    this.pageCount = Math.max(1, Math.ceil(this.total / this.size));
    const own: Alteration = { edition: options.edition ?? 1, changedFraction: options.changedFraction ?? 0, changedPlacement: options.changedPlacement };
    this.alterations = [...(options.keepEdition ? [options.keepEdition] : []), own].map((a) => {
      if (!(a.changedFraction >= 0 && a.changedFraction <= 1)) throw new RangeError('changedFraction must be between 0 and 1');
      // Each edition starts its spread (or its run) at another record, so successive editions
      // alter different records.
      const offset = this.total === 0 ? 0 : mix(this.seed, 0x5eed, a.edition) % this.total;
      return { edition: a.edition, fraction: a.changedFraction, together: a.changedPlacement === 'together', offset };
    });
  }

  page(page: number): object {
    const items: object[] = [];
    const meetings: object[] = [];
    const agendaItems: object[] = [];
    const contacts: object[] = [];
    const { documents, meetings: m, agendaItems: a } = this.options;
    const end = Math.min(this.total, (page + 1) * this.size);
    for (let at = page * this.size; at < end; at++) {
      const edition = this.alteredIn(at);
      if (at < documents) items.push(this.document(at, edition));
      else if (at < documents + m) meetings.push(this.meeting(at - documents, edition));
      else if (at < documents + m + a) agendaItems.push(this.agendaItem(at - documents - m, edition));
      else contacts.push(this.contact(at - documents - m - a, edition));
    }
    const extension: Record<string, unknown> = { schema: 1, publisher: 'Delegate Desk synthetic feed' };
    if (meetings.length > 0) extension.meetings = meetings;
    if (agendaItems.length > 0) extension.agenda_items = agendaItems;
    if (contacts.length > 0) extension.contacts = contacts;
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'NIS Cooperation Group — synthetic feed',
      ...(page === 0
        ? {
            home_page_url: `${SITE}/`,
            description: 'Generated for benchmarks and tests: invented papers, meetings and contacts. Not an official feed.',
            language: 'en',
          }
        : {}),
      ...(page + 1 < this.pageCount ? { next_url: pageFile(page + 1) } : {}),
      items,
      _delegation: extension,
    };
  }

  /**
   * The edition whose alteration the record carries, or null. Each edition alters `fraction` of all
   * records (exactly, up to rounding), spread evenly or in one run.
   */
  private alteredIn(at: number): number | null {
    let edition: number | null = null;
    for (const a of this.alterations) {
      if (a.fraction === 0) continue;
      const i = (at + a.offset) % this.total;
      const altered = a.together ? i < Math.floor(this.total * a.fraction) : Math.floor((i + 1) * a.fraction) > Math.floor(i * a.fraction);
      if (altered) edition = a.edition;
    }
    return edition;
  }

  private random(kind: Kind, index: number): Random {
    return new Random(mix(this.seed, KIND_CODE[kind], index));
  }

  private changeRandom(kind: Kind, index: number, edition: number): Random {
    return new Random(mix(this.seed ^ 0x9e3779b9, KIND_CODE[kind] * 7919 + edition, index));
  }

  private updatedAt(edition: number | null): string {
    return isoDate(edition !== null ? BASE_UPDATED + DAY * (200 + edition) : BASE_UPDATED);
  }

  private document(index: number, edition: number | null): object {
    const r = this.random('document', index);
    const id = `doc-${pad(index, 6)}`;
    const type = r.pick(DOCUMENT_KINDS);
    const sector = r.pick(SECTORS);
    const topic = `${r.pick(ADJECTIVES)} ${r.pick(TOPICS)}`;
    const published = Date.UTC(2018, 0, 1) + DAY * r.int(2900);
    const year = new Date(published).getUTCFullYear();
    let title = `${TITLE_OPENING[type]} ${topic} in the ${sector} sector`;
    let html = paragraphs(r, this.textBytes, sector);
    let revision = 1 + r.int(3);
    let modified = r.chance(0.5) ? published + DAY * (1 + r.int(300)) : null;
    if (edition !== null) {
      const c = this.changeRandom('document', index, edition);
      title = `${title} (revised, edition ${edition})`;
      html += `<p>Revised for edition ${edition}: ${sentence(c, sector)} ${sentence(c, sector)}</p>`;
      revision += edition;
      modified = BASE_UPDATED + DAY * (200 + edition);
    }
    const item: Record<string, unknown> = {
      id,
      url: `${SITE}/documents/${id}`,
      title,
      summary: capitalise(`${r.pick(SUMMARY_OPENINGS)} ${topic} for ${r.pick(AUDIENCES)} in the ${sector} sector.`),
      content_html: html,
      date_published: isoDate(published),
      ...(modified !== null ? { date_modified: isoDate(modified) } : {}),
      tags: r.some(TAGS, 1 + r.int(3)),
      language: 'en',
    };
    if (r.chance(0.3)) {
      item.attachments = [
        {
          url: `${SITE}/files/${id}.pdf`,
          mime_type: 'application/pdf',
          title: `${title} (PDF)`,
          size_in_bytes: 40_000 + r.int(4_000_000),
          _delegation: { sha256: r.hex(64) },
        },
      ];
    }
    item._delegation = {
      type,
      reference: REFERENCED.has(type) ? `CG Publication ${pad(1 + (index % 12), 2)}/${year}` : `CG WD ${year}-${pad(index, 5)}`,
      revision,
      status: r.chance(0.9) ? 'published' : r.pick(['draft', 'superseded'] as const),
    };
    return item;
  }

  private meeting(index: number, edition: number | null): object {
    const r = this.random('meeting', index);
    const kind = r.pick(MEETING_KIND_LIST);
    const topic = r.pick(TOPICS);
    const starts = Date.UTC(2019, 0, 7, 9, 30) + DAY * r.int(3000);
    const days = kind === 'plenary' ? 2 : 1;
    let title = {
      plenary: `NIS Cooperation Group plenary ${1 + (index % 40)}`,
      work_stream: `Work stream on ${topic}: meeting ${1 + (index % 25)}`,
      csirts_network: `CSIRTs Network meeting ${1 + (index % 30)}`,
      workshop: `Workshop on ${topic}`,
      other: `Coordination call on ${topic}`,
    }[kind];
    if (edition !== null) title = `${title} (rescheduled, edition ${edition})`;
    const format = r.pick(['in_person', 'remote', 'hybrid'] as const);
    return {
      id: `mtg-${pad(index, 5)}`,
      title,
      kind,
      starts_at: isoDate(starts),
      ends_at: isoDate(starts + DAY * (days - 1) + HOUR * 7),
      ...(format === 'remote' ? {} : { location: r.pick(CITIES) }),
      format,
      status: edition !== null ? 'postponed' : r.pick(['planned', 'confirmed', 'confirmed', 'confirmed'] as const),
      ...(kind === 'work_stream' ? { work_stream: `ws-${pad(1 + r.int(12), 2)}` } : {}),
      chair: personName(r),
      updated_at: this.updatedAt(edition),
    };
  }

  private agendaItem(index: number, edition: number | null): object {
    const r = this.random('agenda_item', index);
    const { meetings, agendaItems, documents } = this.options;
    // Agenda items are shared out over the meetings in order, a dozen or so each.
    const meeting = Math.floor((index * meetings) / agendaItems);
    const firstOfMeeting = Math.ceil((meeting * agendaItems) / meetings);
    const order = index - firstOfMeeting + 1;
    const sector = r.pick(SECTORS);
    let title = `${r.pick(AGENDA_OPENINGS)} ${r.pick(ADJECTIVES)} ${r.pick(TOPICS)}`;
    let description = `${sentence(r, sector)} ${sentence(r, sector)}`;
    if (edition !== null) {
      title = `${title} (updated, edition ${edition})`;
      description = `${description} ${sentence(this.changeRandom('agenda_item', index, edition), sector)}`;
    }
    const papers = documents === 0 ? 0 : r.int(4);
    const documentIds: string[] = [];
    for (let i = 0; i < papers; i++) {
      const id = `doc-${pad(r.int(documents), 6)}`;
      if (!documentIds.includes(id)) documentIds.push(id);
    }
    return {
      id: `agi-${pad(index, 6)}`,
      meeting_id: `mtg-${pad(meeting, 5)}`,
      number: r.chance(0.2) ? `${order}.${'abc'[r.int(3)]}` : String(order),
      order,
      title,
      purpose: r.pick(PURPOSES),
      description,
      ...(documentIds.length > 0 ? { document_ids: documentIds } : {}),
      lead: r.chance(0.5) ? r.pick(ORGANISATIONS) : personName(r),
      updated_at: this.updatedAt(edition),
    };
  }

  private contact(index: number, edition: number | null): object {
    const r = this.random('contact', index);
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    const organisation = r.pick(ORGANISATIONS);
    const domain = `${ascii(organisation).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example`;
    const contact: Record<string, unknown> = {
      id: `ctc-${pad(index, 5)}`,
      name: `${first} ${last}`,
      organisation: edition !== null ? `${organisation} (reorganised, edition ${edition})` : organisation,
      roles: r.some(ROLES, 1 + r.int(2)),
      country: r.pick(COUNTRIES),
      email: `${ascii(first).toLowerCase()}.${ascii(last).toLowerCase()}.${index}@${domain}`.replace(/[^a-z0-9.@-]/g, ''),
      phone: `+${10 + r.int(89)} ${r.int(10)} ${100 + r.int(900)} ${pad(r.int(100), 2)} ${pad(r.int(100), 2)}`,
      updated_at: this.updatedAt(edition),
    };
    if (r.chance(0.3)) contact.url = `https://${domain}/`;
    return contact;
  }
}

// ----- text ------------------------------------------------------------------------------------

/** Paragraphs of sentences, with a little markup, up to about `bytes` characters of text. */
function paragraphs(r: Random, bytes: number, sector: string): string {
  let html = '';
  let length = 0;
  while (length < bytes) {
    let text = '';
    let markup = '';
    const count = 3 + r.int(4);
    for (let i = 0; i < count; i++) {
      const s = sentence(r, sector);
      text += (i > 0 ? ' ' : '') + s;
      markup += (i > 0 ? ' ' : '') + decorate(r, s);
    }
    html += `<p>${markup}</p>`;
    length += text.length;
  }
  return html;
}

/** Emphasises a word or turns one into a link, now and then. */
function decorate(r: Random, sentence: string): string {
  const roll = r.next();
  if (roll > 0.25) return sentence;
  const words = sentence.split(' ');
  const at = 1 + r.int(Math.max(1, words.length - 2));
  const word = words[at];
  if (word === undefined || !/^[\p{L}]+$/u.test(word)) return sentence;
  words[at] = roll < 0.15 ? `<em>${word}</em>` : `<a href="${SITE}/glossary/${encodeURIComponent(word.toLowerCase())}">${word}</a>`;
  return words.join(' ');
}

function sentence(r: Random, sector: string): string {
  const template = r.int(12);
  const noun = () => r.zipf(TOPICS);
  const adjective = () => r.zipf(ADJECTIVES);
  switch (template) {
    case 0:
      return `The ${adjective()} ${noun()} ${r.zipf(VERBS)} the ${noun()} of ${r.zipf(ACTORS)} in the ${sector} sector.`;
    case 1:
      return `${r.zipf(ACTORS)} ${r.zipf(VERBS)} ${adjective()} ${noun()} and ${noun()} across borders.`;
    // Words and sentences in other languages are as rare as in real papers written in English,
    // so that a search for "réseau" or "Übersicht" finds some papers, not nearly all.
    case 2:
      return `In the ${sector} sector, ${r.zipf(ACTORS)} ${r.zipf(VERBS)} the ${noun()}${r.chance(0.15) ? ` (${r.pick(FOREIGN)})` : ''}.`;
    case 3:
      if (r.chance(0.12)) return capitalise(r.pick(FRENCH_SENTENCES));
      return `${r.zipf(ACTORS)} ${r.zipf(VERBS)} the ${adjective()} ${noun()} with ${r.zipf(ACTORS)}.`;
    case 4:
      return `Following the ${r.pick(RARE)} case, ${r.zipf(ACTORS)} ${r.zipf(VERBS)} the ${adjective()} ${noun()}.`;
    case 5:
      if (r.chance(0.12)) return capitalise(r.pick(GERMAN_SENTENCES));
      return `The ${noun()} of the ${sector} sector depends on ${adjective()} ${noun()}.`;
    case 6:
      // Numbers and references give the index the long tail of rare terms that real papers have.
      return `The ${adjective()} ${noun()} of CVE-${2014 + r.int(12)}-${1000 + r.int(60000)} was reported to ${r.zipf(ACTORS)} on ${1 + r.int(28)} ${r.pick(MONTHS)} ${2018 + r.int(8)}.`;
    case 7:
      return `${r.zipf(ACTORS)} ${r.zipf(VERBS)} the ${noun()} set out in section ${1 + r.int(9)}.${1 + r.int(20)} of document ${1000 + r.int(9000)}.`;
    case 8:
      return `${capitalise(adjective())} ${noun()} helps ${r.zipf(ACTORS)} ${r.zipf(VERBS)} the ${noun()} of the ${sector} sector.`;
    default: {
      const words: string[] = [];
      const length = 8 + r.int(10);
      for (let i = 0; i < length; i++) words.push(r.chance(0.5) ? noun() : r.chance(0.5) ? adjective() : r.zipf(FILLERS));
      return `${capitalise(words.join(' '))}.`;
    }
  }
}

// ----- randomness ------------------------------------------------------------------------------

const KIND_CODE: Record<Kind, number> = { document: 1, meeting: 2, agenda_item: 3, contact: 4 };

/** Mixes numbers into one 32-bit seed (the finaliser of MurmurHash3). */
function mix(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Mulberry32: small, fast, and the same sequence on every platform. */
class Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }

  /** Early entries far more often than late ones, as in real text. */
  zipf<T>(list: readonly T[]): T {
    const x = this.next();
    return list[Math.floor(list.length * x * x)]!;
  }

  some<T>(list: readonly T[], count: number): T[] {
    const chosen: T[] = [];
    for (let i = 0; i < count * 3 && chosen.length < count; i++) {
      const value = this.pick(list);
      if (!chosen.includes(value)) chosen.push(value);
    }
    return chosen;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += '0123456789abcdef'[this.int(16)];
    return out;
  }
}

// ----- small helpers ---------------------------------------------------------------------------

const DAY = 86_400_000;
const HOUR = 3_600_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function personName(r: Random): string {
  return `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
}

const NOT_DECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss', đ: 'd', Đ: 'D', Ð: 'D' };

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØæÆßđĐÐ]/g, (c) => NOT_DECOMPOSED[c]!);
}

// ----- vocabulary --------------------------------------------------------------------------------

const DOCUMENT_KINDS: readonly (typeof DOCUMENT_TYPES)[number][] = [
  'guideline', 'guideline', 'reference_document', 'report', 'report', 'toolbox', 'agenda', 'minutes',
  'working_document', 'working_document', 'working_document', 'news', 'other',
];
const REFERENCED = new Set(['guideline', 'reference_document', 'report', 'toolbox']);
const TITLE_OPENING: Record<(typeof DOCUMENT_TYPES)[number], string> = {
  guideline: 'Guidelines on',
  reference_document: 'Reference document on',
  report: 'Report on',
  toolbox: 'Toolbox of measures for',
  agenda: 'Annotated agenda on',
  minutes: 'Minutes of the discussion on',
  working_document: 'Working paper on',
  news: 'News on',
  other: 'Note on',
};
const MEETING_KIND_LIST: readonly (typeof MEETING_KINDS)[number][] = [
  'plenary', 'work_stream', 'work_stream', 'work_stream', 'csirts_network', 'workshop', 'other',
];
const PURPOSES: readonly (typeof AGENDA_PURPOSES)[number][] = ['information', 'information', 'discussion', 'discussion', 'decision'];
const ROLES: readonly (typeof CONTACT_ROLES)[number][] = [
  'spoc', 'csirt', 'nca', 'secretariat', 'enisa', 'commission', 'delegate', 'delegate', 'delegate', 'other',
];
const COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT',
  'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'EU',
];
const SECTORS = [
  'energy', 'electricity', 'gas', 'transport', 'aviation', 'maritime', 'rail', 'banking', 'health',
  'drinking water', 'digital infrastructure', 'telecommunications', 'space', 'public administration',
  'financial market infrastructure', 'ICT service management', 'postal', 'food', 'manufacturing',
];
// Ordered from the most to the least frequent: `zipf` draws the first ones most.
const TOPICS = [
  'security', 'network', 'incident', 'risk', 'information systems', 'cooperation', 'measures',
  'notification', 'resilience', 'vulnerability', 'supply chain', 'threat', 'operators', 'services',
  'reporting', 'assessment', 'cybersecurity', '5G', 'CSIRTs', 'crisis management', 'cloud',
  'coordination', 'capabilities', 'certification', 'encryption', 'dependencies', 'interconnections',
  'exercises', 'peer reviews', 'governance', 'continuity', 'detection', 'monitoring', 'ransomware',
  'phishing', 'DDoS', 'disclosure', 'taxonomy', 'indicators', 'audits', 'vendors', 'data centres',
  'submarine cables', 'satellites', 'elections', 'post-quantum cryptography', 'identity management',
  'patching', 'logging', 'backups', 'threat intelligence', 'smart grids', 'SCADA', 'industrial control',
  'medical devices', 'domain names', 'DNS', 'internet exchange points', 'trust services',
];
const ADJECTIVES = [
  'national', 'essential', 'important', 'critical', 'cross-border', 'European', 'coordinated',
  'significant', 'operational', 'technical', 'strategic', 'sectoral', 'common', 'large-scale',
  'voluntary', 'harmonised', 'proportionate', 'risk-based', 'high-risk', 'trusted', 'non-binding',
  'resilient', 'secure', 'mandatory', 'joint',
];
const ACTORS = [
  'Member States', 'national authorities', 'operators', 'the Cooperation Group', 'CSIRTs', 'ENISA',
  'the Commission', 'CERT-EU', 'the CSIRTs Network', 'EU-CyCLONe', 'single points of contact',
  'entities', 'providers', 'manufacturers', 'regulators', 'the Council',
];
const VERBS = [
  'assess', 'review', 'describe', 'recommend', 'identify', 'coordinate', 'support', 'strengthen',
  'address', 'outline', 'clarify', 'evaluate', 'map', 'update', 'propose', 'monitor', 'report on',
  'build on', 'align', 'complement', 'share', 'test',
];
const FILLERS = [
  'the', 'of', 'and', 'for', 'with', 'in', 'on', 'under', 'between', 'across', 'through', 'including',
  'where', 'while', 'as', 'to', 'by', 'per', 'within', 'towards',
];
const FOREIGN = [
  'réseau', 'sécurité', 'coopération', 'données', 'énergie', 'autorité compétente', 'résilience',
  'procédure', 'système d’information', 'opérateur', 'Übersicht', 'Behörde', 'Sicherheit', 'Störung',
  'Meldepflicht', 'Lösung', 'Netzbetreiber', 'ciberseguridad', 'información', 'gestión de crisis',
  'sicurezza', 'cibernética', 'bezpieczeństwo', 'kyberturvallisuus', 'säkerhet', 'segurança',
];
const FRENCH_SENTENCES = [
  'la sécurité des réseaux et des systèmes d’information reste une priorité partagée.',
  'le réseau électrique européen dépend de systèmes interconnectés.',
  'chaque autorité nationale notifie les incidents significatifs sans délai.',
  'la coopération opérationnelle entre les CSIRT renforce la résilience du réseau.',
  'les données de télémétrie aident à détecter les intrusions précoces.',
];
const GERMAN_SENTENCES = [
  'die Übersicht der Meldepflichten wurde mit den zuständigen Behörden abgestimmt.',
  'die Sicherheit der Netze hängt von der Zusammenarbeit der Betreiber ab.',
  'eine schwerwiegende Störung muss innerhalb von 24 Stunden gemeldet werden.',
  'die Lösung für grenzüberschreitende Vorfälle ist eine gemeinsame Übersicht.',
];
// Rare on purpose: each appears in few documents, so a search for it has few hits.
const RARE = [
  'Kerckhoffs', 'Heartbleed', 'Log4Shell', 'SolarWinds', 'NotPetya', 'WannaCry', 'Stuxnet', 'Sandworm',
  'BlackEnergy', 'Triton', 'Industroyer', 'Viasat', 'MOVEit', 'Kaseya', 'Colonial Pipeline', 'Emotet',
  'Conficker', 'Mirai', 'EternalBlue', 'Spectre', 'Meltdown', 'Shellshock', 'Bluekeep', 'xz utils',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SUMMARY_OPENINGS = [
  'a common approach to', 'recommendations on', 'the state of play of', 'an overview of',
  'lessons learnt on', 'good practices for', 'a method to assess', 'the results of a survey on',
];
const AUDIENCES = ['national authorities', 'operators', 'CSIRTs', 'single points of contact', 'providers', 'regulators'];
const AGENDA_OPENINGS = [
  'Exchange of views on', 'Adoption of the report on', 'Presentation on', 'State of play of',
  'Tour de table on', 'Update from ENISA on', 'Discussion paper on', 'Approval of the guidelines on',
];
const TAGS = [
  '5G', 'energy', 'incident notification', 'supply chain', 'CSIRTs', 'risk assessment', 'NIS2',
  'cloud', 'elections', 'post-quantum', 'health', 'telecommunications', 'transport', 'crisis management',
];
const CITIES = [
  'Brussels', 'Bruxelles', 'Luxembourg', 'Athens', 'Heraklion', 'Tallinn', 'Praha', 'Warszawa',
  'København', 'Göteborg', 'Málaga', 'Lisboa', 'Zagreb', 'Ljubljana', 'Bucureşti', 'Den Haag',
];
const ORGANISATIONS = [
  'CERT-EU', 'ENISA', 'ANSSI', 'BSI', 'NCSC-NL', 'CERT.at', 'CCN-CERT', 'INCIBE', 'CFCS', 'NCSC-FI',
  'CERT Polska', 'CSIRT Malta', 'CERT-LT', 'CERT.LV', 'CIRCL', 'CERT-RO', 'SK-CERT', 'SI-CERT',
  'CERT.PT', 'Agenzia per la cybersicurezza nazionale', 'Centre for Cybersecurity Belgium',
  'Nationales Cybersicherheitszentrum', 'Národní úřad pro kybernetickou bezpečnost', 'Secrétariat général de la défense',
  'European Commission DG CONNECT', 'Council General Secretariat', 'Ministry of the Interior', 'Ministry of Economy',
];
const FIRST_NAMES = [
  'Anna', 'Zoë', 'Jürgen', 'Łukasz', 'Ana', 'João', 'Søren', 'Hélène', 'François', 'Ægir', 'María',
  'Jiří', 'Gintarė', 'Ioana', 'Miloš', 'Björn', 'Eleni', 'Pádraig', 'Agnė', 'Matteo', 'Sophie',
  'Thomas', 'Katarzyna', 'Nikolaos', 'Liesbeth', 'Tiit', 'Krisztina', 'Dário', 'Elif', 'Olli',
];
const LAST_NAMES = [
  'Müller', 'Lefèvre', 'Nowak', 'Šimić', 'Gonçalves', 'Sørensen', 'Dubois', 'García', 'Novák',
  'Kazlauskienė', 'Popescu', 'Janssens', 'Papadopoulos', 'Ó Súilleabháin', 'Rossi', 'Schmidt',
  'Kowalski', 'Bianchi', 'Tamm', 'Virtanen', 'Horváth', 'Fernández', 'Andersson', 'De Vries',
  'Weiß', 'Żak', 'Ðorđević', 'Lindqvist', 'Camilleri', 'Ferreira',
];
