import { describe, expect, it } from 'vitest';
import type { Contact } from '../../api/types';
import { countryLabel, roleLabel } from './contact-labels';
import { countriesIn, filterContacts, isFiltering, NO_FILTER, rolesIn } from './filter-contacts';
import { mailtoOf, websiteOf } from './contact-links';

function contact(id: string, fields: Partial<Contact> = {}): Contact {
  return {
    id,
    name: id,
    organisation: 'CSIRTs network',
    roles: ['csirt'],
    country: 'FR',
    email: null,
    phone: null,
    url: null,
    archived: false,
    ...fields,
  };
}

const DIRECTORY: Contact[] = [
  contact('cert-fr', { name: 'CERT-FR', country: 'FR' }),
  contact('anssi', { name: 'ANSSI', organisation: 'Agence nationale de la sécurité des systèmes d’information', roles: ['spoc', 'nca'], country: 'FR' }),
  contact('cert-at', { name: 'CERT.at', country: 'AT' }),
  contact('commission', { name: 'European Commission', organisation: 'Secretariat of the NIS Cooperation Group', roles: ['commission', 'secretariat'], country: 'EU' }),
  contact('enisa', { name: 'ENISA', organisation: null, roles: ['enisa'], country: 'EU' }),
  contact('old-cert', { name: 'Old CERT', country: 'DE', archived: true }),
  contact('cncs', { name: 'CNCS', organisation: 'Centro Nacional de Cibersegurança', roles: ['spoc'], country: 'PT' }),
];

const ids = (contacts: Contact[]) => contacts.map((c) => c.id);

describe('filterContacts', () => {
  it('shows Union-level bodies first, then Member States by code, each by name', () => {
    expect(ids(filterContacts(DIRECTORY, NO_FILTER))).toEqual(['enisa', 'commission', 'cert-at', 'anssi', 'cert-fr', 'cncs']);
  });

  it('hides archived contacts unless asked to show them', () => {
    expect(ids(filterContacts(DIRECTORY, NO_FILTER))).not.toContain('old-cert');
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, showArchived: true }))).toContain('old-cert');
  });

  it('filters by country, whatever its case', () => {
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, country: 'fr' }))).toEqual(['anssi', 'cert-fr']);
  });

  it('filters by role, among several roles of a contact', () => {
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, role: 'spoc' }))).toEqual(['anssi', 'cncs']);
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, role: 'secretariat' }))).toEqual(['commission']);
  });

  it('finds every word in the name or the organisation, ignoring case and accents', () => {
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, text: 'cert' }))).toEqual(['cert-at', 'cert-fr']);
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, text: 'SECURITE agence' }))).toEqual(['anssi']);
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, text: 'cibersegurança' }))).toEqual(['cncs']);
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, text: 'cooperation group' }))).toEqual(['commission']);
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, text: '   ' }))).toHaveLength(6);
  });

  it('combines filters, and may find nothing', () => {
    expect(ids(filterContacts(DIRECTORY, { ...NO_FILTER, country: 'FR', role: 'csirt', text: 'cert' }))).toEqual(['cert-fr']);
    expect(filterContacts(DIRECTORY, { ...NO_FILTER, country: 'AT', role: 'spoc' })).toEqual([]);
    expect(filterContacts([], NO_FILTER)).toEqual([]);
  });

  it('does not reorder the list it was given', () => {
    const copy = [...DIRECTORY];
    filterContacts(DIRECTORY, NO_FILTER);
    expect(DIRECTORY).toEqual(copy);
  });
});

describe('the filter choices', () => {
  it('lists each country present once, the Union first', () => {
    expect(countriesIn(DIRECTORY)).toEqual(['EU', 'AT', 'DE', 'FR', 'PT']);
  });

  it('lists the roles present, known ones in their usual order, unknown ones after', () => {
    expect(rolesIn([...DIRECTORY, contact('x', { roles: ['observer'] })])).toEqual([
      'spoc',
      'csirt',
      'nca',
      'secretariat',
      'enisa',
      'commission',
      'observer',
    ]);
  });

  it('knows when the delegate is filtering (archived is a view, not a filter)', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, showArchived: true })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: 'cert' })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, role: 'spoc' })).toBe(true);
  });
});

describe('labels', () => {
  it('names countries with their code first', () => {
    expect(countryLabel('FR')).toBe('FR — France');
    expect(countryLabel('de')).toBe('DE — Germany');
    expect(countryLabel('EU')).toBe('EU — European Union');
    expect(countryLabel('Q1')).toBe('Q1');
  });

  it('names roles in words, including ones it does not know', () => {
    expect(roleLabel('spoc')).toBe('Single point of contact');
    expect(roleLabel('nca')).toBe('National authority');
    expect(roleLabel('commission')).toBe('European Commission');
    expect(roleLabel('election_network')).toBe('Election network');
  });
});

describe('contact links', () => {
  it('links only web addresses, labelled by their host', () => {
    expect(websiteOf('https://www.cert.ssi.gouv.fr')).toEqual({ href: 'https://www.cert.ssi.gouv.fr/', label: 'cert.ssi.gouv.fr' });
    expect(websiteOf('javascript:alert(1)')).toBeNull();
    expect(websiteOf('file:///etc/passwd')).toBeNull();
    expect(websiteOf('not a url')).toBeNull();
    expect(websiteOf(null)).toBeNull();
  });

  it('makes mailto: links only from addresses that look like e-mail', () => {
    expect(mailtoOf(' cert@example.eu ')).toBe('mailto:cert@example.eu');
    expect(mailtoOf('cert@example.eu?subject=x')).toBeNull();
    expect(mailtoOf('not an address')).toBeNull();
    expect(mailtoOf(null)).toBeNull();
  });
});
