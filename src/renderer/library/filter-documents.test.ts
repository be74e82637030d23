import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../api/types';
import { NO_DATE, NO_FILTERS, clearFilters, filterDocuments, isFiltering, libraryChoices, type LibraryFilters } from './filter-documents';

function paper(id: string, fields: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    title: id,
    type: 'report',
    reference: null,
    revision: 1,
    datePublished: null,
    dateModified: null,
    archived: false,
    tags: [],
    workStreamId: null,
    workStreamTitle: null,
    language: 'en',
    status: 'published',
    changedAt: '2026-01-01T00:00:00Z',
    readMark: 'unread',
    readRevision: null,
    ...fields,
  };
}

const toolbox = paper('toolbox', {
  title: 'Cybersecurity of 5G networks: EU Toolbox of risk mitigating measures',
  type: 'toolbox',
  reference: 'CG Publication 01/2020',
  datePublished: '2020-01-29T00:00:00Z',
  tags: ['5g', 'toolbox', 'telecommunications'],
});
const progress = paper('progress', {
  title: "Report on Member States' progress in implementing the EU Toolbox on 5G Cybersecurity",
  datePublished: '2020-07-24T00:00:00Z',
  tags: ['5g', 'toolbox', 'progress-report'],
  readMark: 'changed',
  readRevision: 1,
});
const taxonomy = paper('taxonomy', {
  title: 'Cybersecurity Incident Taxonomy',
  type: 'reference_document',
  reference: 'CG Publication 04/2018',
  datePublished: '2018-07-01T00:00:00Z',
  // Revised later: filed under the year it last changed.
  dateModified: '2021-03-01T00:00:00Z',
  tags: ['incidents', 'taxonomy'],
  workStreamId: 'ws-7',
  workStreamTitle: 'Work stream 7: large-scale cybersecurity incidents',
  readMark: 'read',
  readRevision: 1,
});
const regles = paper('regles', {
  title: 'Règles de procédure du groupe',
  type: 'other',
  language: 'fr',
  status: 'draft',
});
const deleted = paper('deleted', { title: 'A deleted paper', archived: true, datePublished: '2019-10-09T00:00:00Z' });

const all = [regles, taxonomy, deleted, progress, toolbox];
const ids = (list: DocumentSummary[]) => list.map((d) => d.id);
const withFilters = (f: Partial<LibraryFilters>) => ({ ...NO_FILTERS, ...f });

describe('filterDocuments', () => {
  it('sorts newest first by the modified date, else the published date, undated last, and hides archived papers', () => {
    expect(ids(filterDocuments(all, NO_FILTERS))).toEqual(['taxonomy', 'progress', 'toolbox', 'regles']);
  });

  it('sorts by title, A to Z, ignoring case and accents', () => {
    expect(ids(filterDocuments(all, withFilters({ sort: 'title' })))).toEqual(['taxonomy', 'toolbox', 'regles', 'progress']);
  });

  it('shows archived papers only when asked', () => {
    expect(ids(filterDocuments(all, withFilters({ includeArchived: true })))).toContain('deleted');
  });

  it('matches every word of the text in the title or the reference, in any case', () => {
    expect(ids(filterDocuments(all, withFilters({ text: 'toolbox 5G' })))).toEqual(['progress', 'toolbox']);
    expect(ids(filterDocuments(all, withFilters({ text: '01/2020' })))).toEqual(['toolbox']);
    expect(ids(filterDocuments(all, withFilters({ text: '  publication   taxonomy ' })))).toEqual(['taxonomy']);
    expect(ids(filterDocuments(all, withFilters({ text: 'regles' })))).toEqual(['regles']);
    expect(filterDocuments(all, withFilters({ text: 'nothing like this' }))).toEqual([]);
  });

  it('filters by type, year, work stream, language and status', () => {
    expect(ids(filterDocuments(all, withFilters({ type: 'toolbox' })))).toEqual(['toolbox']);
    expect(ids(filterDocuments(all, withFilters({ year: '2020' })))).toEqual(['progress', 'toolbox']);
    expect(ids(filterDocuments(all, withFilters({ year: '2021' })))).toEqual(['taxonomy']);
    expect(ids(filterDocuments(all, withFilters({ year: NO_DATE })))).toEqual(['regles']);
    expect(ids(filterDocuments(all, withFilters({ workStream: 'ws-7' })))).toEqual(['taxonomy']);
    expect(ids(filterDocuments(all, withFilters({ language: 'fr' })))).toEqual(['regles']);
    expect(ids(filterDocuments(all, withFilters({ status: 'draft' })))).toEqual(['regles']);
  });

  it('keeps papers with something new to read: never opened or changed since read, or only changed', () => {
    expect(ids(filterDocuments(all, withFilters({ reading: 'unread_or_changed' })))).toEqual(['progress', 'toolbox', 'regles']);
    expect(ids(filterDocuments(all, withFilters({ reading: 'changed' })))).toEqual(['progress']);
    expect(isFiltering(withFilters({ reading: 'changed' }))).toBe(true);
  });

  it('keeps only papers carrying every chosen tag', () => {
    expect(ids(filterDocuments(all, withFilters({ tags: ['5g'] })))).toEqual(['progress', 'toolbox']);
    expect(ids(filterDocuments(all, withFilters({ tags: ['5g', 'progress-report'] })))).toEqual(['progress']);
  });

  it('combines filters', () => {
    expect(ids(filterDocuments(all, withFilters({ tags: ['5g'], type: 'report', year: '2020', text: 'progress' })))).toEqual(['progress']);
  });

  it('does not reorder the list it is given', () => {
    const input = [...all];
    filterDocuments(input, withFilters({ sort: 'title' }));
    expect(input).toEqual(all);
  });
});

describe('libraryChoices', () => {
  it('offers only the values papers have, years newest first with undated last', () => {
    expect(libraryChoices(all)).toEqual({
      types: ['other', 'reference_document', 'report', 'toolbox'],
      years: ['2021', '2020', '2019', NO_DATE],
      tags: ['5g', 'incidents', 'progress-report', 'taxonomy', 'telecommunications', 'toolbox'],
      workStreams: ['ws-7'],
      workStreamTitles: { 'ws-7': 'Work stream 7: large-scale cybersecurity incidents' },
      languages: ['en', 'fr'],
      statuses: ['draft', 'published'],
      readMarks: ['unread', 'changed', 'read'],
    });
    expect(libraryChoices([toolbox, regles]).readMarks).toEqual(['unread']);
  });
});

describe('isFiltering and clearFilters', () => {
  it('count the sort and the archived switch as preferences, not filters', () => {
    expect(isFiltering(withFilters({ sort: 'title', includeArchived: true }))).toBe(false);
    expect(isFiltering(withFilters({ text: '   ' }))).toBe(false);
    expect(isFiltering(withFilters({ tags: ['5g'] }))).toBe(true);
    const cleared = clearFilters(withFilters({ text: '5g', year: '2020', sort: 'title', includeArchived: true }));
    expect(cleared).toEqual(withFilters({ sort: 'title', includeArchived: true }));
    expect(isFiltering(cleared)).toBe(false);
  });
});
