import { describe, expect, it } from 'vitest';
import { diffRuns } from './diff-runs';

const paragraphs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `P${from + i}.\n`).join('');

describe('laying out a comparison', () => {
  const parts = [
    { kind: 'same' as const, text: paragraphs(1, 10) },
    { kind: 'added' as const, text: 'New.' },
    { kind: 'same' as const, text: paragraphs(11, 20) },
    { kind: 'removed' as const, text: 'Old.' },
    { kind: 'same' as const, text: paragraphs(21, 30) },
  ];

  it('folds long unchanged stretches, keeping two paragraphs of context beside each change', () => {
    const runs = diffRuns(parts);
    expect(runs.map((r) => (r.kind === 'folded' ? `fold ${r.paragraphs}` : r.text))).toEqual([
      'fold 8',
      'P9.\nP10.\n',
      'New.',
      'P11.\nP12.\n',
      'fold 6',
      'P19.\nP20.\n',
      'Old.',
      'P21.\nP22.\n',
      'fold 8',
    ]);
  });

  it('loses no text: folds and runs together are the whole comparison', () => {
    expect(diffRuns(parts).map((r) => r.text).join('')).toBe(parts.map((p) => p.text).join(''));
  });

  it('shows an opened fold in full', () => {
    const runs = diffRuns(parts, new Set([2]));
    expect(runs).toContainEqual(parts[2]);
    expect(runs.filter((r) => r.kind === 'folded')).toHaveLength(2);
  });

  it('does not fold a stretch short enough to read at a glance', () => {
    const short = [parts[1]!, { kind: 'same' as const, text: paragraphs(1, 5) }, parts[3]!];
    expect(diffRuns(short)).toEqual(short);
  });
});
