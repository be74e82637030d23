// Delegate Desk's benchmark: sync, resync, search, memory and start-up on a synthetic feed the size
// of a busy delegation's (20,000 papers), each figure set beside a baseline measured in the same
// run and the goal it is held to; then the briefing note (Word, PDF) and the papers' PDFs (their
// text read and indexed, the reader's first page). Writes docs/benchmarks.md and prints the same tables.
//
//   npm run bench              full size, several minutes, rewrites docs/benchmarks.md
//   npm run bench -- --quick   20 times smaller, a smoke run that only prints
//
// The feed is served over real HTTP on 127.0.0.1 by serveFeedFolder, from a separate process
// (bench/publisher.ts), and every store is a fresh file in a temporary folder removed at the end.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { search } from '../src/search/search';
import { countMatches } from '../src/search/search-counts';
import { closeStore, openStore, type Store } from '../src/store/open';
import { countChanges } from '../src/sync/counts';
import { syncSource, type SyncResult } from '../src/sync/sync';
import { buildMiniSearch, searchMiniSearch } from './minisearch-index';
import { likeSearch } from './like-search';
import { MemoryWatch } from './memory';
import { PublisherProcess } from './publisher-process';
import { QUERIES } from './queries';
import { insertRawFeed } from './raw-floor';
import { count, machine, mb, ms, pct, renderReport, type Section } from './report';
import { MB, median, percentile, timed } from './stats';

const quick = process.argv.includes('--quick');
const scale = quick ? 20 : 1;
const CORPUS = {
  documents: 20_000 / scale,
  meetings: 2_000 / scale,
  agendaItems: 30_000 / scale,
  contacts: 5_000 / scale,
  pageSize: 1_000 / scale,
  textBytes: 6_000,
  seed: 2026,
};
// Rounds of the 50 queries timed per engine (after one warm-up round); the LIKE scan gets one.
const ROUNDS = 3;
/** Runs of the full sync and of its floor, in turn: the fastest of each are compared. */
const FULL_SYNC_RUNS = 3;
const RECORDS = CORPUS.documents + CORPUS.meetings + CORPUS.agendaItems + CORPUS.contacts;
const GOALS = { syncRatio: 1.5, resync304Ms: 50, noEtagShare: 0.1, changedShare: 0.05, searchP95Ms: 10, peakRssMb: 400 };
const REPORT = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('run with --expose-gc (npm run bench does) for the memory figures to mean anything');
const collect = () => {
  gc?.();
  gc?.();
};

/**
 * A sync ends with one long synchronous transaction, during which the server may close the idle
 * keep-alive connection. A request sent in the same tick the transaction ends can go out on that
 * dead socket before the close is noticed (ECONNRESET). A delegate never syncs twice within a
 * millisecond; the benchmark leaves the event loop a moment between runs, outside the timings.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

// What profiling found behind the goals missed. Written by hand, for the code of the date given:
// re-profile (node --cpu-prof) before trusting it for later code.
const WHAT_DOMINATES = [
  '## What dominates (profiled on 2026-12-06)',
  '',
  '- **Full sync.** Most of the time is SQLite executing the inserts, above all the FTS5 triggers indexing each ' +
    "paper's text; the floor pays that too. The sync's own care is the rest: each record is decoded, parsed and validated " +
    'on its own (a page of mostly plain ASCII decodes faster record by record than as one string), hashed, its HTML ' +
    'cleaned; the checked records wait on disk as structured-clone bytes, so nothing is read twice.',
  '- **Resync after 1 % changed, spread over every page.** Every page changed, so every page is downloaded and ' +
    'fingerprinted: the resync without ETag (every page downloaded and fingerprinted, nothing else) is the floor of this ' +
    "case, about 2 % of the full sync on this machine. On top, timed piece by piece over the 57 pages: each page's " +
    'records of the last sync recognised in the store (0.1 s: reading the entries the page held, looking up their ids), ' +
    'the changed records read and validated (0.06 s), spooled (0.03 s), what each page holds for the page cache (0.02 s), ' +
    'and garbage collection, mostly of the downloaded bytes (about 0.15 s). Applying the 570 changed records takes ' +
    "0.35-0.4 s (re-indexing the 200 changed papers' text, 0.13 s, and the commit, 0.14 s, are most of it). Under 5 % " +
    "leaves about 1 s at this machine's speed: after downloading and fingerprinting (0.43 s) and applying, under 0.2 s " +
    'would be left for reading 57 changed pages against the store, which takes about 0.5 s. Hashing each byte once ' +
    '(a page fingerprint made from its records\' digests, 2026-12-06) took this resync from 1.42-1.49 s to 1.30-1.40 s ' +
    'in a probe. A page reader on a second thread, probed the same day (a worker reading each page against its own ' +
    'read-only connection while the main thread downloads): the downloads and reading 0.81-0.86 s instead of ' +
    '0.94-1.0 s, where downloading alone takes 0.33-0.36 s, so applying on top still leaves it over 5 %. With the ' +
    'changes on a page or two (the next row), the other pages answer 304.',
  '- **Resync with 304.** 57 conditional requests, six at a time over kept-alive connections. The app spends about ' +
    '0.35 ms of CPU per request (node:http; fetch() cost a third more, an AbortSignal per request a tenth more), about a ' +
    'sixth of it writing each request to its socket; the rest is waiting for the publisher (`feed serve`, in a process ' +
    'of its own on the same two cores), which answers an unchanged file from one look at it. A probe with a quiet ' +
    'machine measured 27-31 ms.',
  "- **Search.** FTS5 must score every match with bm25 before it can keep 20, at about 0.5 µs a match, and a common " +
    'word or a short prefix matches 20,000-35,000 records: 12-20 ms before any snippet, where counting the same matches ' +
    "takes 1.5 ms. Per match (perf): a B-tree search for the row's length (a quarter of the time), the positions of its " +
    'words (a fifth), then the formula; none of it can be skipped from outside FTS5. Measured and not taken: merging ' +
    "the index into one segment (3 % faster), `detail=column`/`columnsize=0` (bm25 then re-reads each row's text: 20 " +
    'times slower), a larger page cache or memory-mapped reads (no change), ranking only title matches when there are 20 ' +
    '(p95 21 ms, 98.4 % of the same top 20, but "risk assessment" keeps 4 of 20), ranking the newest 5,000 matches (p95 ' +
    '15-18 ms, 90 % the same). Under 10 ms needs a ranking that does not score every match, which changes what "ranked ' +
    'by bm25" means: a product decision.',
  '- **Peak memory.** About 100 MB before the sync (the code and the store); during it, one page being checked (its ' +
    'bytes, in memory used again from page to page, and its records) and the ids of every record for the checks across ' +
    'pages; the checked pages wait on disk and are ' +
    'applied a hundred records at a time (a whole page at once left garbage V8 cannot collect inside the one long ' +
    'transaction: 389 MB instead of 282 MB in a probe).',
  '',
];

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function fileSize(path: string): { main: number; wal: number } {
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  return { main: size(path), wal: size(`${path}-wal`) };
}

function expectStatus(result: SyncResult, status: SyncResult['status'], what: string): void {
  if (result.status !== status) throw new Error(`${what}: expected ${status}, got ${result.status}${result.error ? `: ${result.error}` : ''}`);
}

function recordsUpdated(result: SyncResult): number {
  return countChanges(result.counts);
}

interface MeasuredSync {
  result: SyncResult;
  ms: number;
  cpuMs: number;
  /** Fetching, verifying and validating every page, then the one transaction that applies them. */
  fetchMs: number;
  applyMs: number;
}

async function measuredSync(db: Store, url: string, onProgress?: () => void): Promise<MeasuredSync> {
  const start = performance.now();
  let applyingFrom: number | null = null;
  const run = await timed(() =>
    syncSource(db, url, {
      onProgress: (p) => {
        if (p.phase === 'applying' && applyingFrom === null) applyingFrom = performance.now();
        onProgress?.();
      },
    }),
  );
  const end = start + run.ms;
  const split = applyingFrom ?? end;
  return { result: run.value, ms: run.ms, cpuMs: run.cpuMs, fetchMs: split - start, applyMs: end - split };
}

async function timeQueries(
  run: (query: string) => number,
  rounds: number,
  warmUp: boolean,
): Promise<{ samples: number[]; withHits: number; slowest: { query: string; ms: number } }> {
  const hits = new Map<string, number>();
  if (warmUp) for (const q of QUERIES) hits.set(q, run(q));
  const samples: number[] = [];
  let slowest = { query: '', ms: 0 };
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERIES) {
      const start = performance.now();
      const found = run(q);
      const took = performance.now() - start;
      samples.push(took);
      hits.set(q, found);
      if (took > slowest.ms) slowest = { query: q, ms: took };
    }
  }
  return { samples, withHits: [...hits.values()].filter((n) => n > 0).length, slowest };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const benchStart = performance.now();
  const machineLines = machine();
  const work = mkdtempSync(join(tmpdir(), 'delegate-desk-bench-'));
  const feedDir = join(work, 'feed');
  const publisher = await PublisherProcess.start();
  const sections: Section[] = [];
  const corpusLines: string[] = [];
  let db: Store | null = null;

  try {
    log(`writing the synthetic feed (${count(RECORDS)} records) to ${feedDir}`);
    const feed = await publisher.write(feedDir, CORPUS);
    const served = await publisher.serve(feedDir);
    const feedUrl = `${served.url}feed.json`;
    corpusLines.push(
      `${count(CORPUS.documents)} documents (≈ ${count(CORPUS.textBytes)} characters of text each, as HTML paragraphs), ` +
        `${count(CORPUS.meetings)} meetings, ${count(CORPUS.agendaItems)} agenda items, ${count(CORPUS.contacts)} contacts: ` +
        `${count(RECORDS)} records${quick ? ' (the --quick corpus, 20 times smaller)' : ''}`,
      `${feed.pages.length} pages of at most ${count(CORPUS.pageSize)} records, ${mb(feed.bytes)} of JSON, unsigned ` +
        `(src/feed/synth.ts, seed ${CORPUS.seed}; written in ${ms(feed.ms)})`,
      `Served over HTTP on 127.0.0.1 by serveFeedFolder (src/feed/serve.ts), from a separate process, so the server's ` +
        `work is not counted in the app's time or memory`,
      'Stores: fresh files in a temporary folder (WAL, synchronous = FULL, as the app opens them), removed afterwards',
    );

    // ----- full sync, with memory watched -------------------------------------------------------
    const storePath = join(work, 'sync', 'desk.db');
    db = openStore(storePath);
    collect();
    const rssBefore = process.memoryUsage.rss();
    const watch = new MemoryWatch(20);
    log('full sync');
    const firstSync = await measuredSync(db, feedUrl, () => watch.sampleHeap());
    const peak = await watch.stop();
    expectStatus(firstSync.result, 'applied', 'full sync');
    const storeBytes = fileSize(storePath);
    await publisher.takeCounts();
    log(`full sync ${ms(firstSync.ms)}, CPU ${ms(firstSync.cpuMs)} (fetch and check ${ms(firstSync.fetchMs)}, apply ${ms(firstSync.applyMs)}), peak RSS ${mb(peak.maxRss)}`);

    // ----- the raw floor -----------------------------------------------------------------------
    const rawFloor = async () => {
      const floorDb = openStore(join(work, 'floor', 'desk.db'));
      collect();
      await settle();
      log('raw floor');
      const floor = await timed(() => insertRawFeed(floorDb, feedUrl));
      floorDb.close();
      rmSync(join(work, 'floor'), { recursive: true, force: true });
      await publisher.takeCounts();
      log(`raw floor ${ms(floor.ms)}, CPU ${ms(floor.cpuMs)} (${count(floor.value.rows)} records)`);
      return floor;
    };
    const floors = [await rawFloor()];

    // ----- each again ----------------------------------------------------------------------------
    // One run of each is at the mercy of whatever else the machine does meanwhile (the same code
    // measured 1.17× and 1.40× in two runs; two runs of each, 1.31× and 1.72×, while the sync
    // alone, old code and new in turn, took 29–30 s with one 36 s): each is run three times, in
    // turn, and the fastest runs are compared, in wall clock and in CPU time alike. Other load
    // only ever adds time.
    const syncs = [firstSync];
    for (let run = 2; run <= FULL_SYNC_RUNS; run++) {
      const otherDb = openStore(join(work, 'again', 'desk.db'));
      collect();
      await settle();
      log(`full sync, run ${run} of ${FULL_SYNC_RUNS}`);
      const again = await measuredSync(otherDb, feedUrl);
      expectStatus(again.result, 'applied', `full sync, run ${run}`);
      closeStore(otherDb);
      rmSync(join(work, 'again'), { recursive: true, force: true });
      await publisher.takeCounts();
      log(`full sync ${ms(again.ms)}, CPU ${ms(again.cpuMs)}`);
      syncs.push(again);
      floors.push(await rawFloor());
    }

    const full = syncs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const floor = floors.reduce((a, b) => (b.ms < a.ms ? b : a));
    const fullCpuMs = Math.min(...syncs.map((r) => r.cpuMs));
    const floorCpuMs = Math.min(...floors.map((r) => r.cpuMs));
    const ratio = full.ms / floor.ms;
    const all = (runs: { ms: number }[]) => runs.map((r) => ms(r.ms)).join(', ');
    const allCpu = (runs: { cpuMs: number }[]) => runs.map((r) => ms(r.cpuMs)).join(', ');

    sections.push({
      title: 'Full sync',
      intro:
        'A first sync of the whole feed into an empty store: fetch, verify and validate every page, then apply them all in one ' +
        'transaction (HTML cleaned, records hashed, search index filled by triggers). The floor fetches the same pages from the ' +
        'same server, parses them with JSON.parse and inserts the same rows into the same schema in one transaction, with no ' +
        'validation, no cleaning and no hashing (the HTML is stored and indexed as the text).',
      rows: [
        {
          measurement: `Full sync (syncSource), wall clock, the fastest of ${FULL_SYNC_RUNS} runs (${all(syncs)})`,
          figure: ms(full.ms),
          baseline: `floor ${ms(floor.ms)} (${all(floors)})`,
          goal: `≤ ${GOALS.syncRatio}× the floor`,
          met: ratio <= GOALS.syncRatio,
        },
        { measurement: 'Sync ÷ floor, wall clock', figure: `${ratio.toFixed(2)}×`, goal: `≤ ${GOALS.syncRatio}×`, met: ratio <= GOALS.syncRatio },
        {
          measurement: `Full sync, CPU time of the app process, the least of ${FULL_SYNC_RUNS} runs (${allCpu(syncs)})`,
          figure: ms(fullCpuMs),
          baseline: `floor ${ms(floorCpuMs)} (${allCpu(floors)})`,
          goal: `≤ ${GOALS.syncRatio}× the floor`,
          met: fullCpuMs / floorCpuMs <= GOALS.syncRatio,
        },
        {
          measurement: 'Sync ÷ floor, CPU time',
          figure: `${(fullCpuMs / floorCpuMs).toFixed(2)}×`,
          goal: `≤ ${GOALS.syncRatio}×`,
          met: fullCpuMs / floorCpuMs <= GOALS.syncRatio,
        },
        { measurement: '… of which fetching, verifying and validating the pages (the fastest run)', figure: ms(full.fetchMs) },
        { measurement: '… of which applying them (one transaction)', figure: ms(full.applyMs) },
        { measurement: 'Store file after the sync (its WAL beside it)', figure: mb(storeBytes.main), baseline: `WAL ${mb(storeBytes.wal)}` },
      ],
    });

    // ----- resyncs -----------------------------------------------------------------------------
    // They run, as the searches after them, on the store as the app leaves it between two runs:
    // closed (closeStore's PRAGMA optimize writes the statistics SQLite plans its queries by) and
    // opened again. On a store never closed, a plan those statistics turned slow went unseen: a
    // resync with 1 % changed took 57 s in the app's own path and 2 s here.
    closeStore(db);
    db = openStore(storePath);
    log('resync, unchanged, answered 304');
    const with304: number[] = [];
    const with304Cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      await settle();
      const run = await timed(() => syncSource(db!, feedUrl));
      expectStatus(run.value, 'unchanged', 'resync with 304');
      with304.push(run.ms);
      with304Cpu.push(run.cpuMs);
    }
    const counts304 = await publisher.takeCounts();

    log('resync, unchanged, server without ETag');
    await publisher.serve(feedDir, { port: served.port, conditional: false });
    const noEtag: number[] = [];
    const noEtagCpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      await settle();
      const run = await timed(() => syncSource(db!, feedUrl));
      expectStatus(run.value, 'unchanged', 'resync without ETag');
      noEtag.push(run.ms);
      noEtagCpu.push(run.cpuMs);
    }
    const countsNoEtag = await publisher.takeCounts();

    log('resync after 1 % of the records changed');
    await publisher.serve(feedDir, { port: served.port, conditional: true });
    const edition = await publisher.write(feedDir, { ...CORPUS, changedFraction: 0.01, edition: 2 });
    await publisher.takeCounts();
    await settle();
    const changed = await measuredSync(db, feedUrl);
    expectStatus(changed.result, 'applied', 'resync after 1 % changed');
    const countsChanged = await publisher.takeCounts();
    const expectedChanges = Math.floor(RECORDS * 0.01);

    // The same share of records changed, but together (one run of records, a page or two), as
    // from a publisher whose week's changes are one meeting's papers and agenda, kept in place;
    // the changes of the edition before stay as they were.
    log('resync after 1 % of the records changed, together');
    await publisher.write(feedDir, {
      ...CORPUS,
      changedFraction: 0.01,
      edition: 3,
      changedPlacement: 'together',
      keepEdition: { edition: 2, changedFraction: 0.01 },
    });
    await publisher.takeCounts();
    await settle();
    const together = await measuredSync(db, feedUrl);
    expectStatus(together.result, 'applied', 'resync after 1 % changed together');
    const countsTogether = await publisher.takeCounts();

    const median304 = median(with304);
    const medianNoEtag = median(noEtag);
    sections.push({
      title: 'Resync',
      intro:
        'Syncing the same subscription again, on the store of the first full sync closed and opened again, as the app leaves it ' +
        'between two runs (closing writes the statistics SQLite plans its queries by). Shares are of the full sync above (its fastest run).',
      rows: [
        {
          measurement: `Unchanged, every page answered 304 (median of 5; all ${with304.map((t) => Math.round(t)).join(', ')} ms)`,
          figure: ms(median304),
          baseline: `CPU time ${ms(median(with304Cpu))}`,
          goal: `< ${GOALS.resync304Ms} ms`,
          met: median304 < GOALS.resync304Ms,
        },
        {
          measurement: `Unchanged, server without ETag or Last-Modified: every page downloaded and its fingerprint (SHA-256) compared (median of 3)`,
          figure: ms(medianNoEtag),
          baseline: `${pct(medianNoEtag, full.ms)} of the full sync (CPU time: ${pct(median(noEtagCpu), fullCpuMs)})`,
          goal: `< ${GOALS.noEtagShare * 100} % of the full sync`,
          met: medianNoEtag < GOALS.noEtagShare * full.ms,
        },
        {
          measurement:
            `1 % of the records changed (${count(recordsUpdated(changed.result))} updated; ${count(expectedChanges)} altered by the publisher; ` +
            `fetching and checking ${ms(changed.fetchMs)}, applying ${ms(changed.applyMs)})`,
          figure: ms(changed.ms),
          baseline: `${pct(changed.ms, full.ms)} of the full sync (CPU time: ${pct(changed.cpuMs, fullCpuMs)})`,
          goal: `< ${GOALS.changedShare * 100} % of the full sync`,
          met: changed.ms < GOALS.changedShare * full.ms,
        },
        {
          measurement:
            `1 % of the records changed together, on a page or two (${count(recordsUpdated(together.result))} updated; ` +
            `fetching and checking ${ms(together.fetchMs)}, applying ${ms(together.applyMs)})`,
          figure: ms(together.ms),
          baseline: `${pct(together.ms, full.ms)} of the full sync (CPU time: ${pct(together.cpuMs, fullCpuMs)})`,
        },
      ],
      notes: [
        `Server answers: 304 resyncs ${JSON.stringify(counts304)}, without ETag ${JSON.stringify(countsNoEtag)}, ` +
          `1 % changed ${JSON.stringify(countsChanged)}, together ${JSON.stringify(countsTogether)} (by HTTP status).`,
        `The publisher spreads the changed records evenly over the feed (${count(expectedChanges)} records, about ` +
          `${(expectedChanges / edition.pages.length).toFixed(1)} a page), so every page's bytes change and every page is ` +
          'fetched and verified again; on each, only the records whose bytes changed are read and written. The goal is ' +
          'held to this case, the worst for a reader.',
      ],
    });

    // ----- search ------------------------------------------------------------------------------
    log(`search: ${QUERIES.length} queries, store index`);
    const fts = await timeQueries((q) => search(db!, q, { limit: 20 }).length, ROUNDS, true);
    log('search: the newest first');
    const newest = await timeQueries((q) => search(db!, q, { limit: 20, order: 'newest' }).length, ROUNDS, true);
    log('search: the counts of every match, by kind (the facets)');
    const counted = await timeQueries((q) => Object.keys(countMatches(db!, q)).length, ROUNDS, true);
    log('search: LIKE scan');
    const like = await timeQueries((q) => likeSearch(db!, q).length, 1, false);
    log('search: MiniSearch');
    collect();
    const heapBefore = process.memoryUsage().heapUsed;
    const built = await timed(() => buildMiniSearch(db!));
    collect();
    const miniHeap = process.memoryUsage().heapUsed - heapBefore;
    const mini = await timeQueries((q) => searchMiniSearch(built.value, q).length, ROUNDS, true);

    const p95 = percentile(fts.samples, 95);
    const searchRow = (name: string, r: typeof fts, extra: string) => ({
      measurement: `${name}: p50 ${ms(percentile(r.samples, 50))}; ${r.withHits} of ${QUERIES.length} queries find something; slowest "${r.slowest.query}" ${ms(r.slowest.ms)}${extra}`,
      figure: `p95 ${ms(percentile(r.samples, 95))}`,
    });
    sections.push({
      title: 'Search',
      intro:
        `${QUERIES.length} fixed queries (bench/queries.ts: common and rare words, two words, prefixes, with and without accents, ` +
        `acronyms and names), 20 results each. The store index is timed over ${ROUNDS} rounds after one warm-up round, as is MiniSearch; ` +
        'the LIKE scan over one round.',
      rows: [
        {
          ...searchRow('search() on the store (FTS5)', fts, ''),
          baseline: `LIKE ${ms(percentile(like.samples, 95))}; MiniSearch ${ms(percentile(mini.samples, 95))}`,
          goal: `p95 < ${GOALS.searchP95Ms} ms`,
          met: p95 < GOALS.searchP95Ms,
        },
        searchRow('search() on the store, the newest first (every match sorted by its date; the Search page\'s "Newest first")', newest, ''),
        searchRow('countMatches() on the store, every match of each kind counted (the Search page\'s facets, asked beside the results)', counted, ''),
        searchRow("LIKE '%word%' scan, every word required, first 20 rows, no ranking", like, ''),
        searchRow('MiniSearch in memory', mini, `; built in ${ms(built.ms)} (reading the store included), heap ${mb(miniHeap)}`),
      ],
      notes: [
        'LIKE is blind to accents and folds only ASCII case, so it misses what the index finds for "reseau" or "ubersicht"; ' +
          'the count of queries that find something shows it.',
      ],
    });
    built.value.removeAll();

    // ----- start-up ----------------------------------------------------------------------------
    closeStore(db);
    db = null;
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const opened = openStore(storePath);
      opens.push(performance.now() - start);
      opened.close();
    }
    sections.push({
      title: 'Memory and start-up',
      rows: [
        {
          measurement: `Peak resident memory during the full sync (sampled every 20 ms from a worker thread, ${count(peak.samples)} samples; ${mb(rssBefore)} before it)`,
          figure: mb(peak.maxRss),
          goal: `< ${GOALS.peakRssMb} MB`,
          met: peak.maxRss < GOALS.peakRssMb * MB,
        },
        { measurement: 'Peak V8 heap in use during the full sync (sampled at each page)', figure: mb(peak.maxHeap) },
        { measurement: 'Peak memory outside the V8 heap (Buffers: the page being read; pages wait on disk) at the same points', figure: mb(peak.maxExternal) },
        { measurement: `Opening the filled store (openStore, median of 5: ${opens.map((t) => t.toFixed(1)).join(', ')} ms)`, figure: ms(median(opens)) },
      ],
    });
  } finally {
    if (db) db.close();
    await publisher.exit();
    rmSync(work, { recursive: true, force: true });
  }

  // What the sections above left (MiniSearch's index alone held 267 MB) is collected now, not
  // during the exports timed below.
  collect();
  // Loaded only now (as the PDF sections below): the document libraries and fonts they import
  // would otherwise sit in the process's memory through the sync measured above.
  const { benchBriefingDocx } = await import('./briefing-docx');
  sections.push(await benchBriefingDocx(log));
  const { benchBriefingPdf } = await import('./briefing-pdf');
  sections.push(await benchBriefingPdf(log));
  // Loaded only now: they bring pdf.js, Vite and a browser driver, which would otherwise sit in
  // this process's memory (and threads) during the sync measured above.
  const { benchPdfExtraction } = await import('./pdf-extraction');
  sections.push(await benchPdfExtraction(log, quick));
  const { benchPdfReader } = await import('./pdf-reader');
  sections.push(await benchPdfReader(quick, log));
  const { benchLongLists } = await import('./long-lists');
  sections.push(await benchLongLists(quick, log));

  const minutes = (performance.now() - benchStart) / 60_000;
  const report = renderReport({
    title: 'Benchmarks',
    date: `${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${minutes.toFixed(1)} minutes`,
    machine: [...machineLines, `Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (other work on the machine shows here)`],
    corpus: corpusLines,
    sections,
    footer: [
      ...WHAT_DOMINATES,
      '## How to run',
      '',
      '`npm run bench` runs everything above at full size and rewrites this file; `npm run bench -- --quick` runs a 20 times ' +
        'smaller corpus in well under a minute and only prints. The code is in bench/ (run.ts first).',
    ],
  });
  console.log(`\n${report}`);
  if (quick) log('--quick: docs/benchmarks.md left as it was');
  else {
    writeFileSync(REPORT, report);
    log(`wrote ${REPORT}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
