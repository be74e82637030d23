// Countries and roles as a delegate reads them: "FR — France", "Single point of contact". The feed
// only carries codes, so the words live here, once, for the filters and the table alike.

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });

// "EU" is not a region for every ICU version, and the Union-level bodies (the Commission, ENISA,
// CERT-EU) deserve a stable name.
const SPECIAL_REGIONS: Record<string, string> = { EU: 'European Union' };

export function countryName(code: string): string {
  const upper = code.toUpperCase();
  if (SPECIAL_REGIONS[upper]) return SPECIAL_REGIONS[upper];
  try {
    return regionNames.of(upper) ?? upper;
  } catch {
    // Not a region code at all: show it as the feed gave it rather than fail.
    return upper;
  }
}

/** "FR — France": the code delegates use in the room, and the name to be sure. */
export function countryLabel(code: string): string {
  const upper = code.toUpperCase();
  const name = countryName(upper);
  return name === upper ? upper : `${upper} — ${name}`;
}

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
