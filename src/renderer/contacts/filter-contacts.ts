// Which contacts the directory shows, and in what order: pure, so it is tested without a page.
import type { Contact } from '../../api/types';
import { ROLE_ORDER } from './contact-labels';

export interface ContactFilter {
  /** Words looked for in the name and the organisation; case and accents do not matter. */
  text: string;
  /** A country code, or null for every country. */
  country: string | null;
  /** A role, or null for every role. */
  role: string | null;
  showArchived: boolean;
}

export const NO_FILTER: ContactFilter = { text: '', country: null, role: null, showArchived: false };

/** Lower case without accents, so "Agência" is found by "agencia". */
function fold(value: string): string {
  return value.normalize('NFD').replaceAll(/\p{M}/gu, '').toLowerCase();
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

// Union-level bodies (the Commission, ENISA, CERT-EU) come first: every delegate deals with them,
// whatever their country. Member States follow by code, as their delegates are seated.
function countryRank(code: string): string {
  return code.toUpperCase() === 'EU' ? '' : code.toUpperCase();
}

export function compareContacts(a: Contact, b: Contact): number {
  const country = countryRank(a.country).localeCompare(countryRank(b.country));
  return country !== 0 ? country : byName.compare(a.name, b.name);
}

export function filterContacts(contacts: readonly Contact[], filter: ContactFilter): Contact[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const country = filter.country?.toUpperCase() ?? null;
  return contacts
    .filter((c) => filter.showArchived || !c.archived)
    .filter((c) => country === null || c.country.toUpperCase() === country)
    .filter((c) => filter.role === null || c.roles.includes(filter.role))
    .filter((c) => {
      if (words.length === 0) return true;
      const haystack = fold(`${c.name} ${c.organisation ?? ''}`);
      return words.every((w) => haystack.includes(w));
    })
    .sort(compareContacts);
}

/** Country codes present among the contacts, in the directory's order. */
export function countriesIn(contacts: readonly Contact[]): string[] {
  const codes = new Set(contacts.map((c) => c.country.toUpperCase()));
  return [...codes].sort((a, b) => countryRank(a).localeCompare(countryRank(b)));
}

/** Roles present among the contacts: known ones in their usual order, then any new ones. */
export function rolesIn(contacts: readonly Contact[]): string[] {
  const present = new Set(contacts.flatMap((c) => c.roles));
  const known = ROLE_ORDER.filter((r) => present.has(r));
  const unknown = [...present].filter((r) => !(ROLE_ORDER as readonly string[]).includes(r)).sort();
  return [...known, ...unknown];
}

export function isFiltering(filter: ContactFilter): boolean {
  return filter.text.trim() !== '' || filter.country !== null || filter.role !== null;
}
