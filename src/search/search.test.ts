// search() over a store filled the way a delegate's is: the signed sample feed, a second small
// feed with French, Greek and Bulgarian text, and the delegate's own annotation, position and note.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { syncSource } from '../sync/sync';
import { search, splitHighlights, type SearchHit, type SearchKind } from './search';

const SAMPLE = fileURLToPath(new URL('../../resources/sample-feed/', import.meta.url));
const KEY = readFileSync(join(SAMPLE, 'publisher.pub.b64'), 'utf8').trim();
const NOW = '2026-05-01T10:00:00Z';

function item(id: string, title: string, text: string) {
  return { id, title, content_text: text, date_published: NOW, _delegation: { type: 'working_document' } };
}

// Words chosen to occur nowhere in the sample, so each test knows exactly what should match.
const EXTRA_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Extra test feed',
  items: [
    item('doc-fr', 'Note de la présidence', 'La sécurité du réseau électrique national reste une priorité.'),
    item('doc-el-bg', 'Multilingual glossary', 'Η κυβερνοασφάλεια των δικτύων. Националната киберсигурност на България.'),
    item('doc-title-hit', 'Zephyrine incident guidelines', 'Guidance on handling incidents across borders.'),
    item('doc-body-hit', 'Handling of incidents', 'Guidance that mentions zephyrine in passing, among other words.'),
    item('doc-to-archive', 'Obsolescent annex', 'An annex about obsolescent procedures.'),
  ],
  _delegation: {
    schema: 1,
    // A meeting whose agenda items the feed lists out of their order, all named by one word.
    meetings: [{ id: 'mtg-quoll', title: 'Quoll workshop', kind: 'workshop', starts_at: '2027-03-01T09:00:00Z', updated_at: NOW }],
    agenda_items: [3, 1, 2].map((n) => ({
      id: `ai-quoll-${n}`, meeting_id: 'mtg-quoll', number: String(n), order: n, title: `Quoll question ${n}`,
      purpose: 'discussion', updated_at: NOW,
    })),
  },
};

let dir: string;
let db: Store;

const ids = (hits: SearchHit[]) => hits.map((h) => `${h.type}:${h.id}`);
/** Lower case without accents: how the index compares words. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every highlight points at a word that starts with (folded) one of the query words. */
function expectHighlightsOn(hit: SearchHit, words: string[]) {
  expect(hit.highlights.length, `${hit.type}:${hit.id} has highlights`).toBeGreaterThan(0);
  for (const [start, end] of hit.highlights) {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(hit.snippet.length);
    const marked = fold(hit.snippet.slice(start, end));
    expect(words.some((w) => marked.startsWith(fold(w))), `"${hit.snippet.slice(start, end)}" in "${hit.snippet}"`).toBe(true);
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-search-'));
  db = openStore(join(dir, 'store.db'));
  const sample = await syncSource(db, join(SAMPLE, 'feed.json'), { key: KEY });
  expect(sample.status).toBe('applied');
  writeFileSync(join(dir, 'extra.json'), JSON.stringify(EXTRA_FEED));
  const extra = await syncSource(db, join(dir, 'extra.json'));
  expect(extra.error).toBeUndefined();
  expect(extra.status).toBe('applied');

  db.prepare(
    `INSERT INTO annotations (id, document_id, revision, exact, note, created_at, updated_at)
     VALUES ('ann-1', 'cg-2020-01-5g-toolbox', 1, 'coordinated risk assessment', 'ask the quokka ministry first', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO positions (id, agenda_item_id, status, line_to_take, created_at, updated_at)
     VALUES ('pos-1', 'ai-2027-02-plenary-3', 'draft', 'Support a harmonised wombat approach', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO positions (id, agenda_item_id, status, line_to_take, created_at, updated_at)
     VALUES ('pos-quoll', 'ai-quoll-2', 'draft', 'The quoll line', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at)
     VALUES ('note-1', 'meeting', 'mtg-2027-02-plenary', 'Bring the platypus slides', ?, ?)`,
  ).run(NOW, NOW);
});

afterAll(() => {
  closeStore(db);
  rmSync(dir, { recursive: true, force: true });
});

describe('search', () => {
  it('searches every kind of record with one query', () => {
    // "cybersecurity" is in papers, meeting titles and agenda items of the sample.
    const hits = search(db, 'cybersecurity', { limit: 100 });
    const types = new Set(hits.map((h) => h.type));
    expect(types).toContain('document');
    expect(types).toContain('meeting');
    expect(types).toContain('agenda_item');
    expect(search(db, 'CERT', { limit: 100 }).some((h) => h.type === 'contact')).toBe(true);
  });

  it('ranks a title match above a body-only match', () => {
    const hits = search(db, 'zephyrine');
    expect(ids(hits)).toEqual(['document:doc-title-hit', 'document:doc-body-hit']);
  });

  it('puts the 5G Toolbox paper among the first results for "5G toolbox"', () => {
    const hits = search(db, '5G toolbox');
    expect(hits.length).toBeGreaterThan(0);
    expect(ids(hits.slice(0, 5))).toContain('document:cg-2020-01-5g-toolbox');
    for (const hit of hits) expectHighlightsOn(hit, ['5G', 'toolbox']);
  });

  it('matches the last word as a prefix, as the delegate types', () => {
    const hits = search(db, 'toolb');
    expect(ids(hits)).toContain('document:cg-2020-01-5g-toolbox');
    for (const hit of hits) expectHighlightsOn(hit, ['toolb']);
    // ...but only the last word: a whole earlier word must match whole.
    expect(search(db, 'toolb networks')).toEqual([]);
  });

  it('finds words typed between quotes only together, in that order', () => {
    // Both papers hold "guidance" and "handling"; one holds "guidance on handling".
    expect(ids(search(db, 'guidance handling')).sort()).toEqual(['document:doc-body-hit', 'document:doc-title-hit']);
    expect(ids(search(db, '"guidance on handling"'))).toEqual(['document:doc-title-hit']);
    expect(search(db, '"handling guidance"')).toEqual([]);
    // The phrase's words are highlighted in the snippet.
    expectHighlightsOn(search(db, '"guidance on handling"')[0]!, ['guidance', 'on', 'handling']);
  });

  it('ignores accents and case: "reseau" finds "réseau", "SECURITE" finds "sécurité"', () => {
    for (const query of ['reseau', 'réseau', 'securite', 'SECURITE', 'sécurité reseau electrique']) {
      const hits = search(db, query);
      expect(ids(hits), query).toEqual(['document:doc-fr']);
      expectHighlightsOn(hits[0]!, query.split(' '));
    }
  });

  it('finds Greek and Bulgarian words, in any case', () => {
    for (const query of ['κυβερνοασφάλεια', 'ΚΥΒΕΡΝΟΑΣΦΆΛΕΙΑ', 'δικτύων', 'киберсигурност', 'КИБЕРСИГУРНОСТ', 'България', 'кибер']) {
      const hits = search(db, query);
      expect(ids(hits), query).toEqual(['document:doc-el-bg']);
      expectHighlightsOn(hits[0]!, [query]);
    }
  });

  it('keeps to the kinds asked for', () => {
    const contacts = search(db, 'CERT', { types: ['contact'], limit: 100 });
    expect(contacts.length).toBeGreaterThan(5);
    expect(contacts.every((h) => h.type === 'contact')).toBe(true);
    const two = search(db, 'cybersecurity', { types: ['meeting', 'agenda_item'], limit: 100 });
    expect(two.length).toBeGreaterThan(0);
    expect(two.every((h) => h.type === 'meeting' || h.type === 'agenda_item')).toBe(true);
    // An empty list of kinds means no filter.
    expect(search(db, 'zephyrine', { types: [] })).toHaveLength(2);
  });

  it('gives at most `limit` results, 20 by default', () => {
    // Every CSIRT of the sample has the role "csirt": more than 20 contacts.
    const all = search(db, 'csirt', { limit: 100 });
    expect(all.length).toBeGreaterThan(20);
    expect(search(db, 'csirt')).toHaveLength(20);
    expect(search(db, 'csirt', { limit: 3 })).toEqual(all.slice(0, 3));
    expect(search(db, 'csirt', { limit: 1 })).toHaveLength(1);
    expect(search(db, 'csirt', { limit: 0 })).toHaveLength(1);
  });

  it('leaves archived records out unless asked, and flags them', () => {
    expect(ids(search(db, 'obsolescent'))).toEqual(['document:doc-to-archive']);
    db.prepare('UPDATE documents SET archived_at = ? WHERE id = ?').run(NOW, 'doc-to-archive');
    try {
      expect(search(db, 'obsolescent')).toEqual([]);
      const hits = search(db, 'obsolescent', { includeArchived: true });
      expect(ids(hits)).toEqual(['document:doc-to-archive']);
      expect(hits[0]!.archived).toBe(true);
    } finally {
      db.prepare('UPDATE documents SET archived_at = NULL WHERE id = ?').run('doc-to-archive');
    }
    expect(search(db, 'obsolescent')[0]!.archived).toBe(false);
  });

  it('returns plain-text snippets whose highlights point at the matched words', () => {
    for (const query of ['incident', 'risk assessment', 'telecommunications', 'guidance']) {
      const hits = search(db, query, { limit: 50 });
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.snippet).not.toMatch(/[\u0002\u0003<>\n]/);
        expectHighlightsOn(hit, query.split(' '));
      }
    }
  });

  it('gives a document its own title and no parent', () => {
    const [hit] = search(db, 'zephyrine');
    expect(hit).toMatchObject({
      type: 'document',
      id: 'doc-title-hit',
      title: 'Zephyrine incident guidelines',
      archived: false,
      parentId: null,
    });
  });

  it("finds an agenda item under its number and title, with its meeting as parent", () => {
    const hits = search(db, 'post-quantum', { types: ['agenda_item'] });
    expect(hits.map((h) => h.id)).toContain('ai-2027-02-plenary-4b');
    const hit = hits.find((h) => h.id === 'ai-2027-02-plenary-4b')!;
    expect(hit.title).toMatch(/^4\.b Transition to post-quantum cryptography/);
    expect(hit.parentId).toBe('mtg-2027-02-plenary');
  });
  it('places each hit by when and in what: a paper by its reference, an agenda item and a position by their meeting', () => {
    const one = (query: string, kind: SearchKind, id: string) => {
      const hit = search(db, query, { types: [kind], limit: 50 }).find((h) => h.id === id);
      expect(hit, `${kind} ${id} for "${query}"`).toBeDefined();
      return { context: hit!.context, date: hit!.date };
    };
    const plenary = { context: 'Sample: NIS Cooperation Group plenary meeting', date: '2027-02-17T09:30:00+01:00' };
    expect(one('toolbox', 'document', 'cg-2020-01-5g-toolbox')).toEqual({ context: 'CG Publication 01/2020', date: '2020-01-29T00:00:00Z' });
    expect(one('post-quantum', 'agenda_item', 'ai-2027-02-plenary-4b')).toEqual(plenary);
    expect(one('wombat', 'position', 'pos-1')).toEqual(plenary);
    expect(one('plenary', 'meeting', 'mtg-2027-02-plenary')).toEqual({ context: 'Brussels', date: '2027-02-17T09:30:00+01:00' });
    expect(one('CERT.at', 'contact', 'contact-cert-at')).toEqual({ context: 'CSIRTs network · AT', date: null });
    // A paper without a reference is placed by its date alone; the delegate's own notes by their title.
    expect(one('zephyrine', 'document', 'doc-title-hit')).toEqual({ context: null, date: NOW });
    expect(one('platypus', 'note', 'note-1')).toEqual({ context: null, date: NOW });
    expect(one('quokka', 'annotation', 'ann-1')).toEqual({ context: null, date: NOW });
  });
});

describe('search, the most recent first', () => {
  it('orders every match by its date, the latest first, and those without one last', () => {
    const hits = search(db, 'incident', { order: 'newest', limit: 500 });
    expect(hits.length).toBeGreaterThan(5);
    const dates = hits.map((h) => h.date);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    // The same matches as by relevance, in another order.
    expect(new Set(ids(hits))).toEqual(new Set(ids(search(db, 'incident', { limit: 500 }))));
  });

  it('lists a meeting before its agenda items, and the items in the agenda\'s order, each position after its item', () => {
    // All share the meeting's date; the feed wrote the items in the order 3, 1, 2.
    expect(ids(search(db, 'quoll', { order: 'newest' }))).toEqual([
      'meeting:mtg-quoll', 'agenda_item:ai-quoll-1', 'agenda_item:ai-quoll-2', 'position:pos-quoll', 'agenda_item:ai-quoll-3',
    ]);
  });

  it('takes the newest of all the matches, not of the best ranked', () => {
    // The paper that names "zephyrine" in its title outranks the one that names it in passing,
    // which is made the more recent: asked for one result, each order gives its own.
    const set = db.prepare("UPDATE documents SET date_published = ? WHERE id = 'doc-body-hit'");
    set.run('2026-06-01T00:00:00Z');
    try {
      expect(ids(search(db, 'zephyrine', { limit: 1 }))).toEqual(['document:doc-title-hit']);
      expect(ids(search(db, 'zephyrine', { limit: 1, order: 'newest' }))).toEqual(['document:doc-body-hit']);
    } finally {
      set.run(NOW);
    }
  });
});

describe("search over the delegate's own records", () => {
  it('finds an annotation by its note, titled after its document', () => {
    const hits = search(db, 'quokka');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      type: 'annotation',
      id: 'ann-1',
      title: 'Annotation on Cybersecurity of 5G networks: EU Toolbox of risk mitigating measures',
      parentId: 'cg-2020-01-5g-toolbox',
      place: { type: 'document', id: 'cg-2020-01-5g-toolbox' },
      archived: false,
    });
    expectHighlightsOn(hits[0]!, ['quokka']);
  });

  it("finds a position by its line to take, titled after its agenda item", () => {
    const hits = search(db, 'wombat');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      type: 'position',
      id: 'pos-1',
      title: 'Position on 3 5G cybersecurity: implementation of the EU Toolbox',
      parentId: 'ai-2027-02-plenary-3',
      // Shown on its agenda item's meeting.
      place: { type: 'meeting', id: 'mtg-2027-02-plenary' },
    });
    expectHighlightsOn(hits[0]!, ['wombat']);
  });

  it('finds a note by its body, titled after what it is about', () => {
    const hits = search(db, 'platypus');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      type: 'note',
      id: 'note-1',
      title: 'Note on Sample: NIS Cooperation Group plenary meeting',
      parentId: 'mtg-2027-02-plenary',
      place: { type: 'meeting', id: 'mtg-2027-02-plenary' },
    });
  });

  it("places a note on an agenda item on the item's meeting, and one on a contact in the directory", () => {
    const now = '2026-11-27T10:00:00Z';
    db.prepare(
      `INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at) VALUES
       ('note-2', 'agenda_item', 'ai-2027-02-plenary-3', 'echidna remark', ?, ?),
       ('note-3', 'contact', 'contact-cert-fr', 'numbat in the margins', ?, ?)`,
    ).run(now, now, now, now);
    expect(search(db, 'echidna')[0]).toMatchObject({ place: { type: 'meeting', id: 'mtg-2027-02-plenary' } });
    expect(search(db, 'numbat')[0]).toMatchObject({ place: { type: 'contact', id: 'contact-cert-fr' } });
    db.prepare("DELETE FROM notes WHERE id IN ('note-2', 'note-3')").run();
  });

  it('keeps the index current as an annotation changes and goes', () => {
    db.prepare(
      `INSERT INTO annotations (id, document_id, revision, exact, note, created_at, updated_at)
       VALUES ('ann-2', 'cg-2018-07-incident-taxonomy', 1, 'taxonomy', 'first thought: capybara', ?, ?)`,
    ).run(NOW, NOW);
    expect(ids(search(db, 'capybara'))).toEqual(['annotation:ann-2']);

    db.prepare("UPDATE annotations SET note = 'second thought: axolotl' WHERE id = 'ann-2'").run();
    expect(search(db, 'capybara')).toEqual([]);
    expect(ids(search(db, 'axolotl'))).toEqual(['annotation:ann-2']);

    db.prepare("DELETE FROM annotations WHERE id = 'ann-2'").run();
    expect(search(db, 'axolotl')).toEqual([]);
  });

  it('keeps the index current as a position and a note change', () => {
    db.prepare("UPDATE positions SET line_to_take = 'Oppose the narwhal proposal' WHERE id = 'pos-1'").run();
    expect(search(db, 'wombat')).toEqual([]);
    expect(ids(search(db, 'narwhal'))).toEqual(['position:pos-1']);
    db.prepare("UPDATE notes SET body = 'Bring the pangolin slides' WHERE id = 'note-1'").run();
    expect(search(db, 'platypus')).toEqual([]);
    expect(ids(search(db, 'pangolin'))).toEqual(['note:note-1']);
  });
});

describe('search with hostile input', () => {
  const HOSTILE = [
    '"', "'", '(', ')', 'AND', 'OR NOT', 'NEAR(', '*', '^', ':', 'title:foo', '-x', '', '   ', '\t\n',
    'x'.repeat(10_000), 'word '.repeat(2_000), '🔒🇪🇺', 'sécurité 🔒', "'; DROP TABLE documents; --",
    '"5G" OR "toolbox"', 'NOT toolbox', 'toolbox*', '{title body}: x', 'kind:contact', '\u0000', '\uD800',
  ];

  it.each(HOSTILE.map((q) => [JSON.stringify(q).slice(0, 40), q]))('%s: no exception, an array', (_, query) => {
    const hits = search(db, query!);
    expect(Array.isArray(hits)).toBe(true);
  });

  it('takes operators as plain words', () => {
    // "OR" is not an operator here: both words are required.
    expect(search(db, '"5G" OR "toolbox"')).toEqual([]);
    // Column filters do not exist: "kind" is just a word.
    expect(search(db, 'kind:contact')).toEqual([]);
    expect(search(db, 'title:zephyrine')).toEqual([]);
    expect(ids(search(db, 'zephyrine*'))).toEqual(ids(search(db, 'zephyrine')));
    expect(ids(search(db, '-zephyrine'))).toEqual(ids(search(db, 'zephyrine')));
  });

  it('gives nothing, not everything, for input without words', () => {
    for (const query of ['', '   ', '*', '"', '🔒']) expect(search(db, query)).toEqual([]);
  });

  it('survives an SQL injection attempt with the documents intact', () => {
    const before = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    expect(search(db, "'; DROP TABLE documents; --")).toEqual(expect.any(Array));
    expect(search(db, "x'); DELETE FROM documents; --")).toEqual(expect.any(Array));
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(before);
    expect(before).toBe(14 + EXTRA_FEED.items.length);
  });

  it('never throws, whatever the string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 100 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          fc.array(fc.constantFrom('AND', 'OR', 'NOT', 'NEAR', '(', ')', '"', '*', '^', ':', '-', '+', 'toolbox', '5G', 'réseau'), { maxLength: 12 }).map((a) => a.join(' ')),
        ),
        fc.integer({ min: -5, max: 600 }),
        (query, limit) => {
          const hits = search(db, query, { limit });
          expect(Array.isArray(hits)).toBe(true);
          expect(hits.length).toBeLessThanOrEqual(Math.max(1, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('splitHighlights', () => {
  it("turns FTS5's markers into ranges over plain text", () => {
    expect(splitHighlights('the \u0002EU\u0003 \u0002Toolbox\u0003…')).toEqual({
      snippet: 'the EU Toolbox…',
      highlights: [
        [4, 6],
        [7, 14],
      ],
    });
  });

  it('counts offsets in UTF-16 units, as String.prototype.slice does', () => {
    const { snippet, highlights } = splitHighlights('🔒 \u0002sécurité\u0003');
    expect(snippet.slice(...highlights[0]!)).toBe('sécurité');
  });

  it('ignores a stray closing marker and flattens new lines', () => {
    expect(splitHighlights('a\u0003b\nc')).toEqual({ snippet: 'ab c', highlights: [] });
  });
});
