// Countries and roles as a delegate reads them: "FR — France", "Single point of contact". The feed
// only carries codes, so the words live here, once, for the filters and the table alike (roles in
// src/contacts/roles.ts, shared with the exports).
export { ROLE_ORDER, roleLabel } from '../../contacts/roles';

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
