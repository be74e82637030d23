// The EU's Member States, by ISO 3166-1 code (Greece is GR here, not the EU's own "EL"), with
// their English names from the platform rather than a list of our own to keep up to date.
const CODES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

const names = new Intl.DisplayNames(['en-GB'], { type: 'region' });

export function memberStateName(code: string): string {
  return names.of(code) ?? code;
}

/** Options for a Select, in alphabetical order of name. */
export const MEMBER_STATE_OPTIONS: { value: string; label: string }[] = CODES.map((code) => ({
  value: code,
  label: memberStateName(code),
})).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
