// A PDF's text in the store: replaced whole, taken out of search when it fails, and what the
// 'attachments.text' call answers in each state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../store/open';
import { markPending, readPdfText, storeExtracted, storeFailed, textState } from './store-text';

const SHA = 'f'.repeat(64);
let db: Store;

beforeEach(() => {
  db = openStore(':memory:');
});
afterEach(() => closeStore(db));

const indexedRefs = () => db.prepare(`SELECT ref FROM search_index WHERE kind = 'pdf_page' ORDER BY ref`).pluck().all() as string[];

describe('store-text', () => {
  it('replaces every page of an earlier text, in the store and in the search index', () => {
    storeExtracted(db, SHA, ['one', 'two', 'three']);
    storeExtracted(db, SHA, ['uno', 'dos']);
    expect(readPdfText(db, SHA)).toEqual({ sha256: SHA, pages: ['uno', 'dos'] });
    expect(db.prepare('SELECT page, start FROM pdf_pages WHERE sha256 = ? ORDER BY page').all(SHA)).toEqual([
      { page: 1, start: 0 },
      { page: 2, start: 5 },
    ]);
    expect(indexedRefs()).toEqual([`${SHA}#1`, `${SHA}#2`]);
    expect(textState(db, SHA)).toEqual({ sha256: SHA, status: 'extracted', error: null, pageCount: 2 });
  });

  it('keeps a text while it is read again, and drops it from search when the file turns out unreadable', () => {
    storeExtracted(db, SHA, ['kept']);
    markPending(db, SHA);
    expect(indexedRefs()).toEqual([`${SHA}#1`]);
    storeFailed(db, SHA, 'This PDF is damaged; its text cannot be searched.');
    expect(indexedRefs()).toEqual([]);
    expect(textState(db, SHA)).toEqual({ sha256: SHA, status: 'failed', error: 'This PDF is damaged; its text cannot be searched.', pageCount: null });
  });

  it('answers the reader in each state, in words a delegate can act on', () => {
    expect(() => readPdfText(db, SHA)).toThrow(expect.objectContaining({ kind: 'not_found' }));
    markPending(db, SHA);
    expect(() => readPdfText(db, SHA)).toThrow(/still being read/);
    storeFailed(db, SHA, 'This PDF is protected by a password; its text cannot be searched.');
    expect(() => readPdfText(db, SHA)).toThrow(expect.objectContaining({ kind: 'rejected', message: 'This PDF is protected by a password; its text cannot be searched.' }));
    storeExtracted(db, SHA, []);
    expect(readPdfText(db, SHA)).toEqual({ sha256: SHA, pages: [] });
  });
});
