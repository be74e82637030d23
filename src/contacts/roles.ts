// The contact roles as a delegate reads them. Plain data, shared by the core (vCard export,
// briefing note) and the UI (contacts view), so a role has one label everywhere.

/** The roles the directory knows, in the order a delegate looks for them. */
export const ROLE_ORDER = ['spoc', 'csirt', 'nca', 'secretariat', 'enisa', 'commission', 'delegate', 'other'] as const;

const ROLE_LABELS: Record<string, string> = {
  spoc: 'Single point of contact',
  csirt: 'CSIRT',
  nca: 'National authority',
  secretariat: 'Secretariat',
  enisa: 'ENISA',
  commission: 'European Commission',
  delegate: 'Delegate',
  other: 'Other',
};

export function roleLabel(role: string): string {
  if (ROLE_LABELS[role]) return ROLE_LABELS[role];
  // A role this version does not know yet: readable words rather than a code.
  const words = role.replaceAll(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Other';
}
