import { describe, expect, it } from 'vitest';
import { budgetBytes, budgetError, budgetMb, MAX_BUDGET_MB, POLICIES, policyExplanation, policyLabel } from './attachment-policy-words';

describe('the attachment policy in words', () => {
  it('shows the default budget of migration 6 (524288000 bytes) as 500 MB', () => {
    expect(policyLabel('upcoming', 524_288_000)).toBe('For upcoming meetings (up to 500 MB)');
  });

  it('labels and explains every policy differently', () => {
    const labels = POLICIES.map((p) => policyLabel(p, 0));
    const explanations = POLICIES.map(policyExplanation);
    expect(new Set(labels).size).toBe(POLICIES.length);
    expect(new Set(explanations).size).toBe(POLICIES.length);
  });
});

describe('the budget', () => {
  it('goes from MB to bytes and back without drift', () => {
    expect(budgetBytes(500)).toBe(524_288_000);
    expect(budgetMb(budgetBytes(1234))).toBe(1234);
  });

  it('stays within what the API takes at its largest', () => {
    expect(budgetBytes(MAX_BUDGET_MB)).toBe(1024 ** 4);
    expect(budgetError(MAX_BUDGET_MB)).toBeNull();
    expect(budgetError(MAX_BUDGET_MB + 1)).toMatch(/at most/);
  });

  it('refuses an empty, fractional or zero size with a sentence saying what to enter', () => {
    expect(budgetError('')).toMatch(/Enter a size in MB/);
    expect(budgetError('abc')).toMatch(/Enter a size in MB/);
    expect(budgetError(2.5)).toMatch(/whole number/);
    expect(budgetError(0)).toMatch(/choose "Never"/);
    expect(budgetError(750)).toBeNull();
  });
});
