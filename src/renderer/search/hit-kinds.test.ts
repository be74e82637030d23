import { describe, expect, it } from 'vitest';
import { hitLabel } from './hit-kinds';

describe('a result’s label', () => {
  it('names the kind, and the page for a hit inside a PDF, so two pages of one PDF are told apart', () => {
    expect(hitLabel({ type: 'document' })).toBe('Document');
    expect(hitLabel({ type: 'pdf_page', pdf: { url: 'u', sha256: 'a'.repeat(64), page: 3 } })).toBe('In a PDF, page 3');
  });
});
