import { describe, expect, it } from 'vitest';
import { revisionLabel } from './revision-label';

const paper = {
  revisions: [
    { seq: 1, feedRevision: 3, receivedAt: '2026-11-02T10:00:00Z' },
    { seq: 2, feedRevision: null, receivedAt: '2027-01-15T10:00:00Z' },
  ],
};

describe('revisionLabel', () => {
  it('names a revision by the publisher’s number and the day it came', () => {
    expect(revisionLabel(paper, 1)).toBe('revision 3 (received 2 Nov 2026)');
  });

  it('falls back to the desk’s own count', () => {
    expect(revisionLabel(paper, 2)).toBe('revision 2 (received 15 Jan 2027)');
    expect(revisionLabel(paper, 7)).toBe('revision 7');
  });
});
