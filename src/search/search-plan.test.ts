// How search() reads the full-text index: once to rank every match, once more for the snippets of
// the rows it returns, and never once per row. Ranking every match is the whole cost of a search
// (docs/benchmarks.md), so each test here fails if a change brings back a costlier shape: a second
// walk to fetch titles, a snippet for every ranked row, or one full-text query per row.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { putPaper } from '../../tests/support/papers';
import { closeStore, openStore, type Store } from '../store/open';
import { RANK_SQL, SNIPPET_SQL, search } from './search';

let db: Store;

beforeEach(() => {
  db = openStore(':memory:');
  for (let i = 0; i < 30; i++) putPaper(db, `doc-${i}`, `Guidance on incident handling, part ${i}.`, `Paper ${i}`);
});

afterEach(() => closeStore(db));

/** The steps of a statement's plan that run a full-text query: FTS5 marks MATCH with "M" in its index string. */
function indexSteps(sql: string, params: Record<string, unknown>): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
    .map((step) => step.detail)
    .filter((detail) => /VIRTUAL TABLE INDEX \d+:\S*M/.test(detail));
}

it('ranks in one walk over the matches and takes titles from the records, not from the index again', () => {
  for (const order of ['relevance', 'newest'] as const) {
    const steps = indexSteps(RANK_SQL[order], { match: '"incident"*', codes: null, archived: 0, candidates: 60, limit: 20 });
    expect(steps, order).toHaveLength(1);
  }
});

it('makes the snippets in one walk, not one full-text query per row', () => {
  const steps = indexSteps(SNIPPET_SQL, { match: '"incident"*', low: 0, high: 1000, rids: '[8, 16]' });
  expect(steps).toHaveLength(1);
  // A rowid equality handed to FTS5 shows as "=" in its index string: FTS5 would then restart
  // the whole query, prefix merges included, for every row.
  expect(steps[0]).not.toMatch(/INDEX \d+:\S*=/);
});

it('makes snippets for the rows it returns and for no other ranked row', () => {
  const asked: number[][] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (sql !== SNIPPET_SQL) return statement;
    return new Proxy(statement, {
      get(target, name) {
        if (name === 'all') {
          return (params: { rids: string }) => {
            asked.push(JSON.parse(params.rids) as number[]);
            return target.all(params);
          };
        }
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }) as typeof db.prepare;

  // 30 papers match and limit 5 ranks 30 candidates (limit * 2 + 20): snippets for 5 only.
  const hits = search(db, 'incident', { limit: 5 });
  expect(hits).toHaveLength(5);
  expect(asked).toEqual([expect.any(Array)]);
  expect(asked[0]).toHaveLength(5);
  for (const hit of hits) expect(hit.snippet.slice(...hit.highlights[0]!)).toBe('incident');
});
