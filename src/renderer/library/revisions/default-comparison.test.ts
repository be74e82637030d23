import { describe, expect, it } from 'vitest';
import { defaultComparison, revisionLabel } from './default-comparison';

const revisions = [1, 2, 3, 4].map((seq) => ({ seq, feedRevision: seq, receivedAt: `2026-11-0${seq}T10:00:00Z` }));
const paper = (lastAnnotatedRevision: number | null, revision = 4) => ({ revision, revisions: revisions.slice(0, revision), lastAnnotatedRevision });

describe('the default comparison', () => {
  it('runs from the revision last read to the current one', () => {
    expect(defaultComparison(paper(3), 2)).toEqual({ from: 2, to: 4, base: 'read' });
  });

  it('else from the revision last annotated', () => {
    expect(defaultComparison(paper(2), null)).toEqual({ from: 2, to: 4, base: 'annotated' });
    // Read as it is now: "since I read it" is nothing, so the annotations decide.
    expect(defaultComparison(paper(1), 4)).toEqual({ from: 1, to: 4, base: 'annotated' });
  });

  it('else from the previous revision', () => {
    expect(defaultComparison(paper(null), null)).toEqual({ from: 3, to: 4, base: 'previous' });
    expect(defaultComparison(paper(4), 4)).toEqual({ from: 3, to: 4, base: 'previous' });
  });

  it('ignores a revision the desk does not hold', () => {
    expect(defaultComparison({ ...paper(null), revisions: revisions.filter((r) => r.seq !== 2) }, 2)).toMatchObject({ from: 3, base: 'previous' });
  });

  it('offers nothing for a paper with one revision', () => {
    expect(defaultComparison(paper(null, 1), null)).toBeNull();
  });

  it("names a revision by the desk's count, with the publisher's number when it differs", () => {
    expect(revisionLabel({ seq: 2, feedRevision: 2, receivedAt: '' })).toBe('Revision 2');
    expect(revisionLabel({ seq: 3, feedRevision: 2, receivedAt: '' })).toBe("Revision 3 (publisher's no. 2)");
    expect(revisionLabel({ seq: 1, feedRevision: null, receivedAt: '' })).toBe('Revision 1');
  });
});
