// `delegate-desk` as a delegate or a script runs it: a separate process, its stdout, stderr and
// exit code. Each start costs about a second, so every scenario below runs its commands once, up
// front and in parallel with the other scenarios, and the tests read the outcomes. Each scenario
// has a store of its own.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../src/store/open';
import { listSubscriptions } from '../src/sync/subscriptions';
import { generatePublisherKeys } from '../src/feed/signature';
import { BIN, processRunner, SLOW, type Run } from './support/cli-process';

const ROOT = join(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'resources', 'sample-feed');
const KEY = readFileSync(join(SAMPLE, 'publisher.pub.b64'), 'utf8').trim();
const TOOLBOX = 'cg-2020-01-5g-toolbox';
const QUOTE = 'coordinated risk assessment of 5G networks';

const tmp = mkdtempSync(join(tmpdir(), 'desk-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { env: BASE_ENV, exec, cli } = processRunner(tmp);

function parsed<T = unknown>(run: Run): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${run.status}): ${run.stdout}\n${run.stderr}`);
  }
}

/** A message for a person: something said, and no stack trace. */
function expectReadableError(run: Run, ...patterns: RegExp[]) {
  expect(run.stderr.trim(), 'stderr').not.toBe('');
  expect(run.stderr, 'no stack trace').not.toMatch(/^ {4}at /m);
  for (const pattern of patterns) expect(run.stderr).toMatch(pattern);
}

function expectOk(run: Run) {
  expect(run.stderr, 'no stack trace').not.toMatch(/^ {4}at /m);
  expect(run.status, run.stderr).toBe(0);
}

// Scenarios start at once, side by side; each test awaits the one it reads. A scenario that
// throws fails the tests that read it, not the file.
function scenario<T>(work: () => Promise<T>): () => Promise<T> {
  const promise = work();
  promise.catch(() => undefined);
  return () => promise;
}

// ─── the sample feed synced into a store, read, searched and annotated ──────────────────────────
const sampleStore = join(tmp, 'sample', 'x.db');
const sample = scenario(async () => {
  const db = sampleStore;
  const first = await cli(db, 'sync', join(SAMPLE, 'feed.json'), '--key', KEY, '--json');
  const second = await cli(db, 'sync', join(SAMPLE, 'feed.json'), '--key', KEY, '--json');
  const [documents, meetings, agenda, contacts, showDocument, showMeeting, showContact, search, searchContacts, searchText, misspelt, newest, words, phrase, feeds] =
    await Promise.all([
      cli(db, 'list', 'documents', '--json'),
      cli(db, 'list', 'meetings', '--json'),
      cli(db, 'list', 'agenda', '--meeting', 'mtg-2027-02-plenary', '--json'),
      cli(db, 'list', 'contacts', '--json'),
      cli(db, 'show', 'document', TOOLBOX, '--json'),
      cli(db, 'show', 'meeting', 'mtg-2027-02-plenary', '--json'),
      cli(db, 'show', 'contact', 'contact-cert-fr', '--json'),
      cli(db, 'search', '5G toolbox', '--json'),
      cli(db, 'search', '--type', 'contact', 'CERT', '--json'),
      cli(db, 'search', '--type', 'agenda_item', 'post-quantum'),
      cli(db, 'search', 'incidnet', 'taxonmy'),
      cli(db, 'search', 'incident', '--newest', '--json'),
      cli(db, 'search', 'taxonomy incident', '--json'),
      cli(db, 'search', '"taxonomy incident"', '--json'),
      cli(db, 'feeds', 'list', '--json'),
    ]);
  const annotate = await cli(db, 'annotate', TOOLBOX, '--quote', QUOTE, '--note', 'check with capital', '--json');
  const [annotations, showUnknown, annotateUnknown, quoteMissing, unknownCommand, badOption, listFoo, badLimit, overLimit, noWords] = await Promise.all([
    cli(db, 'list', 'annotations', '--json'),
    cli(db, 'show', 'document', 'no-such-document'),
    cli(db, 'annotate', 'no-such-document', '--quote', 'anything'),
    cli(db, 'annotate', TOOLBOX, '--quote', 'words that are not in this paper'),
    cli(db, 'frobnicate'),
    cli(db, 'list', 'documents', '--no-such-option'),
    cli(db, 'list', 'foo'),
    cli(db, 'search', '--limit', 'x', 'toolbox'),
    cli(db, 'search', '--limit', '501', 'toolbox'),
    cli(db, 'search', '" ( -'),
  ]);

  // A copy of the sample with one byte of a title changed, and the old signature kept.
  const tamperedDir = join(tmp, 'tampered');
  cpSync(SAMPLE, tamperedDir, { recursive: true });
  const page = join(tamperedDir, 'feed.json');
  const text = readFileSync(page, 'utf8');
  const at = text.indexOf('"title": "Cybersecurity Incident Taxonomy"') + '"title": "'.length;
  expect(text[at]).toBe('C');
  writeFileSync(page, `${text.slice(0, at)}c${text.slice(at + 1)}`);
  const tampered = await cli(db, 'sync', page, '--key', KEY);
  const [documentsAfter, feedsAfter] = await Promise.all([cli(db, 'list', 'documents', '--json'), cli(db, 'feeds', 'list', '--json')]);
  return {
    first, second, documents, meetings, agenda, contacts, showDocument, showMeeting, showContact, search, searchContacts, searchText, misspelt, newest, words, phrase, feeds,
    annotate, annotations, showUnknown, annotateUnknown, quoteMissing, unknownCommand, badOption, listFoo, badLimit, overLimit, noWords,
    tampered, tamperedPage: page, documentsAfter, feedsAfter,
  };
});

// ─── seed and seed --remove ─────────────────────────────────────────────────────────────────────
const seed = scenario(async () => {
  const db = join(tmp, 'seed', 'x.db');
  const fresh = await cli(db, 'list', 'documents', '--json');
  const load = await cli(db, 'seed');
  const [meetings, annotate] = await Promise.all([
    cli(db, 'list', 'meetings', '--json'),
    cli(db, 'annotate', TOOLBOX, '--quote', QUOTE, '--note', 'keep this'),
  ]);
  const remove = await cli(db, 'seed', '--remove');
  const [documents, documentsText, annotations, feeds] = await Promise.all([
    cli(db, 'list', 'documents', '--json'),
    cli(db, 'list', 'documents'),
    cli(db, 'list', 'annotations', '--json'),
    cli(db, 'feeds', 'list', '--json'),
  ]);
  return { fresh, load, meetings, annotate, remove, documents, documentsText, annotations, feeds };
});

// ─── feeds add / list / remove, and syncs that fail ─────────────────────────────────────────────
const feeds = scenario(async () => {
  const db = join(tmp, 'feeds', 'x.db');
  const add = await cli(db, 'feeds', 'add', 'https://example.org/nis/feed.json', '--key', KEY);
  const list = await cli(db, 'feeds', 'list', '--json');
  // The same key again, from its PEM file; then another publisher's key.
  const addAgain = await cli(db, 'feeds', 'add', 'https://example.org/nis/feed.json', '--key', join(SAMPLE, 'publisher.pub'));
  const addOtherKey = await cli(db, 'feeds', 'add', 'https://example.org/nis/feed.json', '--key', generatePublisherKeys().publicKeyBase64);
  const listOtherKey = await cli(db, 'feeds', 'list', '--json');
  const id = String(parsed<{ id: number }[]>(list)[0]?.id);
  const [missingFile, unreachable, removeUnknown, removeNotANumber] = await Promise.all([
    cli(db, 'sync', join(tmp, 'no-such-folder', 'feed.json'), '--json'),
    cli(db, 'sync', 'http://127.0.0.1:9/feed.json'),
    cli(db, 'feeds', 'remove', '999'),
    cli(db, 'feeds', 'remove', 'abc'),
  ]);
  const remove = await cli(db, 'feeds', 'remove', id);
  const listAfter = await cli(db, 'feeds', 'list', '--json');

  // A key that came out blank, as `--key "$(cat missing.pub)"` gives: never "no key pinned".
  const blankDb = join(tmp, 'blank-key', 'x.db');
  const emptyKeyFile = join(tmp, 'empty.pub');
  writeFileSync(emptyKeyFile, '\n');
  const blankKey = await Promise.all([
    cli(blankDb, 'sync', join(SAMPLE, 'feed.json'), '--key', ''),
    cli(blankDb, 'sync', join(SAMPLE, 'feed.json'), '--key', emptyKeyFile),
    cli(blankDb, 'feeds', 'add', 'https://example.org/nis/feed.json', '--key', ' '),
    cli(blankDb, 'feed', 'validate', join(SAMPLE, 'feed.json'), '--key', ''),
  ]);
  const [blankKeyFeeds, blankKeyDocuments] = await Promise.all([cli(blankDb, 'feeds', 'list', '--json'), cli(blankDb, 'list', 'documents', '--json')]);
  return { add, list, addAgain, addOtherKey, listOtherKey, id, missingFile, unreachable, removeUnknown, removeNotANumber, remove, listAfter, blankKey, blankKeyFeeds, blankKeyDocuments };
});

// ─── pinning a key with sync: said when it changes, kept when the sync is refused ──────────────
const pins = scenario(async () => {
  const db = join(tmp, 'pins', 'x.db');
  const feed = join(SAMPLE, 'feed.json');
  const unpinned = await cli(db, 'sync', feed);
  const pinNow = await cli(db, 'sync', feed, '--key', KEY);
  const sameKeyAsPem = await cli(db, 'sync', feed, '--key', join(SAMPLE, 'publisher.pub'));
  const otherKey = await cli(db, 'sync', feed, '--key', generatePublisherKeys().publicKeyBase64);
  const feedsAfter = await cli(db, 'feeds', 'list', '--json');
  return { unpinned, pinNow, sameKeyAsPem, otherKey, feedsAfter };
});

// ─── the publisher's tools ──────────────────────────────────────────────────────────────────────
const tools = scenario(async () => {
  const db = join(tmp, 'tools', 'x.db');
  // In a folder not made yet, as the README's `--out keys/publisher` is on a first run.
  const prefix = join(tmp, 'keys', 'publisher');
  const page = join(tmp, 'page.json');
  cpSync(join(SAMPLE, 'feed-2.json'), page);
  const broken = join(tmp, 'broken.json');
  writeFileSync(
    broken,
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Broken',
      items: [
        { id: 'fine', title: 'Fine', content_text: 'ok' },
        { id: 'bad', title: 'Bad date', content_text: 'ok', date_published: 'last Tuesday' },
      ],
    }),
  );
  const [keygen, validateBroken] = await Promise.all([cli(db, 'feed', 'keygen', '--out', prefix), cli(db, 'feed', 'validate', broken)]);
  const sign = await cli(db, 'feed', 'sign', page, '--key', `${prefix}.key`);
  const validate = await cli(db, 'feed', 'validate', page, '--key', `${prefix}.pub`, '--json');
  return { prefix, page, keygen, sign, validate, validateBroken };
});

// ─── which store: --db, then DELEGATE_DESK_DB; and --help through npx ───────────────────────────
const choice = scenario(async () => {
  const flagDb = join(tmp, 'choice', 'flag.db');
  const envDb = join(tmp, 'choice', 'env.db');
  const env = { ...BASE_ENV, DELEGATE_DESK_DB: envDb };
  const viaEnv = await exec(process.execPath, [BIN, 'feeds', 'add', 'https://example.org/env.json'], { env });
  const viaFlag = await exec(process.execPath, [BIN, '--db', flagDb, 'feeds', 'add', 'https://example.org/flag.json'], { env });
  const help = await exec('npx', ['--no-install', 'delegate-desk', '--help'], { cwd: ROOT });
  // A folder that cannot be made although its parent exists: Node's recursive mkdir spun on it
  // for ever (procfs answers "no such file"). Linux has /proc; elsewhere there is no such case.
  const procDb = existsSync('/proc/self')
    ? await exec(process.execPath, [BIN, '--db', '/proc/delegate-desk-none/desk.db', 'list', 'documents'], { env, timeoutMs: 30_000 })
    : null;
  const feedsOf = (path: string) => {
    if (!existsSync(path)) return null;
    const store = openStore(path);
    try {
      return listSubscriptions(store).map((s) => s.url);
    } finally {
      closeStore(store);
    }
  };
  return { viaEnv, viaFlag, help, procDb, envFeeds: feedsOf(envDb), flagFeeds: feedsOf(flagDb) };
});

type Result<F extends () => Promise<unknown>> = Awaited<ReturnType<F>>;

describe('sync, list, show, search and annotate on the sample feed', () => {
  let r: Result<typeof sample>;
  beforeAll(async () => {
    r = await sample();
  }, SLOW);

  it('syncs the signed sample: applied, with what it added', () => {
    expectOk(r.first);
    expect(parsed(r.first)).toMatchObject({
      status: 'applied',
      documents: { added: 14, updated: 0, deleted: 0 },
      meetings: { added: 2 },
      pages: 2,
    });
  });

  it('syncs it again: unchanged', () => {
    expectOk(r.second);
    expect(parsed(r.second)).toMatchObject({ status: 'unchanged', documents: { added: 0, updated: 0 } });
  });

  it('lists documents, meetings, agenda items and contacts as JSON', () => {
    for (const run of [r.documents, r.meetings, r.agenda, r.contacts]) expectOk(run);
    const documents = parsed<Record<string, unknown>[]>(r.documents);
    expect(documents).toHaveLength(14);
    for (const d of documents) {
      expect(d).toMatchObject({ id: expect.any(String), title: expect.any(String), type: expect.any(String), revision: 1, archived: false });
    }
    expect(documents.map((d) => d.id)).toContain(TOOLBOX);

    const meetings = parsed<Record<string, unknown>[]>(r.meetings);
    expect(meetings.map((m) => m.id)).toEqual(['mtg-2027-02-plenary', 'mtg-2027-03-ws7']);
    for (const m of meetings) {
      expect(m).toMatchObject({ title: expect.stringMatching(/^Sample: /), starts_at: expect.stringMatching(/^2027-/), status: 'planned' });
    }

    const agenda = parsed<Record<string, unknown>[]>(r.agenda);
    expect(agenda.length).toBeGreaterThanOrEqual(4);
    for (const a of agenda) {
      expect(a).toMatchObject({
        id: expect.any(String),
        meeting_id: 'mtg-2027-02-plenary',
        number: expect.any(String),
        title: expect.any(String),
        purpose: expect.stringMatching(/^(information|discussion|decision)$/),
      });
    }

    const contacts = parsed<Record<string, unknown>[]>(r.contacts);
    expect(contacts.length).toBeGreaterThan(20);
    expect(contacts).toContainEqual(expect.objectContaining({ id: 'contact-cert-fr', name: 'CERT-FR', country: 'FR', roles: ['csirt'] }));
  });

  it('shows one document, meeting and contact', () => {
    for (const run of [r.showDocument, r.showMeeting, r.showContact]) expectOk(run);
    expect(parsed(r.showDocument)).toMatchObject({
      id: TOOLBOX,
      title: 'Cybersecurity of 5G networks: EU Toolbox of risk mitigating measures',
      reference: 'CG Publication 01/2020',
      contentText: expect.stringContaining(QUOTE),
    });
    expect(parsed(r.showMeeting)).toMatchObject({ id: 'mtg-2027-02-plenary', agenda: expect.any(Array) });
    expect(parsed(r.showContact)).toMatchObject({ id: 'contact-cert-fr', name: 'CERT-FR', country: 'FR' });
  });

  it('searches everything, the 5G Toolbox paper among the results', () => {
    expectOk(r.search);
    const hits = parsed<{ type: string; id: string; title: string; snippet: string }[]>(r.search);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h).toMatchObject({ type: expect.any(String), id: expect.any(String), title: expect.any(String), snippet: expect.any(String) });
    expect(hits).toContainEqual(expect.objectContaining({ type: 'document', id: TOOLBOX }));
    // Each hit is placed by its date and what it belongs to.
    expect(hits.find((h) => h.id === TOOLBOX)).toMatchObject({ context: 'CG Publication 01/2020', date: '2020-01-29T00:00:00Z' });
  });

  it('prints each hit with its kind and id, title, date and what it belongs to, and the words found', () => {
    expectOk(r.searchText);
    expect(r.searchText.stdout).toBe(
      'agenda item  ai-2027-02-plenary-4b\n  4.b Transition to post-quantum cryptography\n' +
        '  2027-02-17 · Sample: NIS Cooperation Group plenary meeting\n  4.b Transition to [post]-[quantum] cryptography\n',
    );
  });

  it('offers the closest words the store holds when a search finds nothing', () => {
    expectOk(r.misspelt);
    expect(r.misspelt.stdout).toBe('Nothing found. Did you mean "incident taxonomy"?\n');
  });

  it('gives the most recent first with --newest', () => {
    expectOk(r.newest);
    const dates = parsed<{ date: string | null }[]>(r.newest).map((h) => h.date);
    expect(dates.length).toBeGreaterThan(3);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dated[0]! > dated[dated.length - 1]!).toBe(true);
  });

  it('takes words in double quotes as a phrase', () => {
    // "Incident Taxonomy" is in the sample; "taxonomy incident", in that order, is nowhere.
    expect(parsed<unknown[]>(r.words).length).toBeGreaterThan(0);
    expectOk(r.phrase);
    expect(r.phrase.stdout).toBe('[]\n');
  });

  it('searches one kind only with --type', () => {
    expectOk(r.searchContacts);
    const hits = parsed<{ type: string; title: string }[]>(r.searchContacts);
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.every((h) => h.type === 'contact')).toBe(true);
    expect(hits.map((h) => h.title)).toContain('CERT-FR');
  });

  it('annotates a quote, and lists the annotation', () => {
    expectOk(r.annotate);
    const annotation = parsed<{ id: string }>(r.annotate);
    expect(annotation).toMatchObject({
      id: expect.any(String),
      document_id: TOOLBOX,
      quote: QUOTE,
      note: 'check with capital',
      status: 'anchored',
    });
    expectOk(r.annotations);
    expect(parsed(r.annotations)).toEqual([expect.objectContaining({ id: annotation.id, document_id: TOOLBOX, quote: QUOTE, note: 'check with capital' })]);
  });

  it('exits 1 with a readable message for an unknown document or a quote not found', () => {
    expect(r.showUnknown.status).toBe(1);
    expectReadableError(r.showUnknown, /no-such-document/);
    expect(r.annotateUnknown.status).toBe(1);
    expectReadableError(r.annotateUnknown, /no-such-document/);
    expect(r.quoteMissing.status).toBe(1);
    expectReadableError(r.quoteMissing, /quote was not found/i);
  });

  it('exits 2 for usage errors: unknown command, unknown option, `list foo`, `search --limit x`, a search without words', () => {
    expect(r.unknownCommand.status).toBe(2);
    expectReadableError(r.unknownCommand, /frobnicate/);
    expect(r.badOption.status).toBe(2);
    expectReadableError(r.badOption, /--no-such-option/);
    expect(r.listFoo.status).toBe(2);
    expectReadableError(r.listFoo, /foo/);
    expect(r.badLimit.status).toBe(2);
    expectReadableError(r.badLimit, /--limit/);
    // More than a search lists is said, not cut short without a word.
    expect(r.overLimit.status).toBe(2);
    expectReadableError(r.overLimit, /--limit takes a whole number from 1 to 500/);
    // Quotes and operators alone are no search: not "Nothing found", as if the store lacked it.
    expect(r.noWords.status).toBe(2);
    expectReadableError(r.noWords, /give at least one word to search for/);
  });

  it('refuses a page whose bytes no longer match its signature (exit 1), changing nothing', () => {
    expect(r.tampered.status).toBe(1);
    expectReadableError(r.tampered, /page 1 \(/, /signature/, /Nothing was changed/);
    expect(r.tampered.stderr).toContain(`page 1 (${r.tamperedPage})`);
    expect(parsed(r.documentsAfter)).toEqual(parsed(r.documents));
    expect(parsed(r.feedsAfter)).toEqual(parsed(r.feeds));
  });
});

describe('seed', () => {
  let r: Result<typeof seed>;
  beforeAll(async () => {
    r = await seed();
  }, SLOW);

  it('is never run by itself: a fresh store is empty', () => {
    expectOk(r.fresh);
    expect(parsed(r.fresh)).toEqual([]);
  });

  it('loads the sample', () => {
    expectOk(r.load);
    expectOk(r.meetings);
    expect(parsed<unknown[]>(r.meetings)).toHaveLength(2);
    expectOk(r.annotate);
  });

  it('--remove takes it out, archiving the annotated document with its annotation', () => {
    expectOk(r.remove);
    expect(r.remove.stdout).toMatch(/archived/);
    expect(parsed(r.documents)).toEqual([expect.objectContaining({ id: TOOLBOX, archived: true })]);
    expect(r.documentsText.stdout).toMatch(new RegExp(`${TOOLBOX}.*\\[archived\\]`));
    expect(parsed(r.annotations)).toEqual([expect.objectContaining({ document_id: TOOLBOX, quote: QUOTE, note: 'keep this' })]);
    expect(parsed(r.feeds)).toEqual([]);
  });
});

describe('feeds, and syncs that cannot reach their source', () => {
  let r: Result<typeof feeds>;
  beforeAll(async () => {
    r = await feeds();
  }, SLOW);

  it('adds a feed with a pinned key, lists it and removes it', () => {
    expectOk(r.add);
    expectOk(r.list);
    expect(parsed(r.list)).toEqual([expect.objectContaining({ url: 'https://example.org/nis/feed.json', publicKey: KEY })]);
    expectOk(r.remove);
    expect(parsed(r.listAfter)).toEqual([]);
  });

  it('says a feed followed already is so, and says so when its publisher key is replaced', () => {
    expect(r.add.stdout).toBe('Feed 1 added: https://example.org/nis/feed.json (publisher key pinned)\n');
    expectOk(r.addAgain);
    expect(r.addAgain.stdout).toBe('Feed 1 is already followed: https://example.org/nis/feed.json (publisher key pinned)\n');
    expectOk(r.addOtherKey);
    expect(r.addOtherKey.stdout).toBe(
      'Feed 1 is already followed: https://example.org/nis/feed.json. Its publisher key is replaced: its next sync accepts only pages signed with the key given.\n',
    );
    expect(parsed<{ publicKey: string }[]>(r.listOtherKey)[0]!.publicKey).not.toBe(KEY);
  });

  it('exits 1 for an unknown feed id and 2 for an id that is not a number', () => {
    expect(r.removeUnknown.status).toBe(1);
    expectReadableError(r.removeUnknown, /999/);
    expect(r.removeNotANumber.status).toBe(2);
    expectReadableError(r.removeNotANumber, /abc/);
  });

  it('exits 2 for a --key that is blank or names an empty file, pinning nothing and syncing nothing', () => {
    for (const run of r.blankKey) {
      expect(run.status, run.stderr).toBe(2);
      expectReadableError(run, /--key/, /public key/);
    }
    expect(r.blankKey[1]!.stderr).toContain('empty.pub is empty');
    expect(parsed(r.blankKeyFeeds)).toEqual([]);
    expect(parsed(r.blankKeyDocuments)).toEqual([]);
  });

  it('exits 3 for a file that does not exist', () => {
    expect(r.missingFile.status).toBe(3);
    expect(parsed(r.missingFile)).toMatchObject({ status: 'failed', error: expect.stringMatching(/does not exist/) });
    expect(r.missingFile.stderr).not.toMatch(/^ {4}at /m);
  });

  it('exits 3 for a server that does not answer, with a readable message', () => {
    expect(r.unreachable.status).toBe(3);
    expectReadableError(r.unreachable, /127\.0\.0\.1:9/, /could not reach/i, /Nothing was changed/);
  });
});

describe('sync with --key on a feed followed already', () => {
  let r: Result<typeof pins>;
  beforeAll(async () => {
    r = await pins();
  }, SLOW);

  it('says when the sync pinned the key, and nothing more for the same key in another form', () => {
    expectOk(r.unpinned);
    expectOk(r.pinNow);
    expect(r.pinNow.stdout).toMatch(/: already up to date \(2 pages, .*\)\nThe feed's publisher key is now pinned\.\n$/);
    expectOk(r.sameKeyAsPem);
    expect(r.sameKeyAsPem.stdout).not.toMatch(/publisher key/);
  });

  it('keeps the pinned key when the pages do not match the key given: nothing was changed, as it says', () => {
    expect(r.otherKey.status).toBe(1);
    expectReadableError(r.otherKey, /signature does not match/, /Nothing was changed/);
    expect(r.otherKey.stdout).toBe('');
    expect(parsed<{ publicKey: string }[]>(r.feedsAfter)[0]!.publicKey).toBe(KEY);
  });
});

describe('feed keygen, sign and validate', () => {
  let r: Result<typeof tools>;
  beforeAll(async () => {
    r = await tools();
  }, SLOW);

  it('keygen writes a private key only its owner can read, and a public key', () => {
    expectOk(r.keygen);
    expect(statSync(`${r.prefix}.key`).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(r.prefix)).mode & 0o777, 'the folder it made for the keys').toBe(0o700);
    expect(readFileSync(`${r.prefix}.key`, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(readFileSync(`${r.prefix}.pub`, 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect(statSync(`${r.prefix}.pub`).mode & 0o777, 'the public key is for publishing').toBe(0o644);
  });

  it('sign writes FILE.sig, and validate checks the page and its signature', () => {
    expectOk(r.sign);
    expect(readFileSync(`${r.page}.sig`, 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect(statSync(`${r.page}.sig`).mode & 0o777, 'the signature is published beside its page').toBe(0o644);
    expectOk(r.validate);
    expect(parsed(r.validate)).toMatchObject({ valid: true, signature: 'valid', meetings: 2 });
  });

  it('validate of a broken page exits 1 and names the JSON path', () => {
    expect(r.validateBroken.status).toBe(1);
    expectReadableError(r.validateBroken, /items\[1\]\.date_published/);
  });
});

describe('choosing the store, and --help', () => {
  let r: Result<typeof choice>;
  beforeAll(async () => {
    r = await choice();
  }, SLOW);

  it('uses DELEGATE_DESK_DB, and --db over it', () => {
    expectOk(r.viaEnv);
    expectOk(r.viaFlag);
    expect(r.envFeeds).toEqual(['https://example.org/env.json']);
    expect(r.flagFeeds).toEqual(['https://example.org/flag.json']);
  });

  it.skipIf(!existsSync('/proc/self'))('says a data file whose folder cannot be made, and exits 3 at once instead of hanging', () => {
    expect(r.procDb!.status, 'killed after 30 s: it hung').toBe(3);
    expect(r.procDb!.stderr).toBe('delegate-desk: Could not open the data file /proc/delegate-desk-none/desk.db: the file or folder does not exist\n');
  });

  it('`npx delegate-desk --help` works in the repository and documents the exit codes', () => {
    expectOk(r.help);
    expect(r.help.stdout).toContain('Usage: delegate-desk');
    expect(r.help.stdout).toMatch(/Exit codes: 0 done; 1 input rejected/);
    expect(r.help.stdout).toMatch(/2 usage error; 3 network or disk failure/);
  });
});
