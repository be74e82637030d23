// The sample feed's contacts: organisations only, never people. The CSIRTs are those named in a
// public advisory of the CSIRTs network (listed in the domain notes); ENISA and the Commission
// complete the picture. A web address is given only where it is the organisation's well-known
// home page; for the others it is left out rather than guessed. No e-mail addresses at all.
import type { FeedContact } from '../../src/feed/format';
import { GROUP_PAGE } from './documents';
import { SAMPLE_UPDATED_AT } from './updated-at';

const CSIRTS: Array<{ name: string; country: string; url?: string }> = [
  { name: 'CERT.at', country: 'AT', url: 'https://www.cert.at' },
  { name: 'CERT.be', country: 'BE' },
  { name: 'CSIRT.CZ', country: 'CZ', url: 'https://csirt.cz' },
  { name: 'GovCERT.CZ', country: 'CZ' },
  { name: 'CERT-Bund', country: 'DE' },
  { name: 'CFCS', country: 'DK', url: 'https://www.cfcs.dk' },
  { name: 'CERT-EE', country: 'EE' },
  { name: 'CCN-CERT', country: 'ES', url: 'https://www.ccn-cert.cni.es' },
  { name: 'INCIBE', country: 'ES', url: 'https://www.incibe.es' },
  { name: 'CERT-EU', country: 'EU', url: 'https://cert.europa.eu' },
  { name: 'NCSC-FI', country: 'FI', url: 'https://www.kyberturvallisuuskeskus.fi' },
  { name: 'CERT-FR', country: 'FR', url: 'https://www.cert.ssi.gouv.fr' },
  { name: 'CERT.hr', country: 'HR', url: 'https://www.cert.hr' },
  { name: 'NCSC-HU', country: 'HU' },
  { name: 'CSIRT-IE', country: 'IE' },
  { name: 'CSIRT-ITA', country: 'IT' },
  { name: 'CIRCL', country: 'LU', url: 'https://www.circl.lu' },
  { name: 'NCSC-NL', country: 'NL', url: 'https://www.ncsc.nl' },
  { name: 'CERT.PL', country: 'PL', url: 'https://cert.pl' },
  { name: 'CERT.PT', country: 'PT' },
  { name: 'CERT-RO', country: 'RO' },
  { name: 'CERT-SE', country: 'SE', url: 'https://www.cert.se' },
  { name: 'SI-CERT', country: 'SI', url: 'https://www.cert.si' },
  { name: 'SK-CERT', country: 'SK' },
];

export const sampleContacts: FeedContact[] = [
  ...CSIRTS.map(
    (csirt): FeedContact => ({
      id: contactId(csirt.name),
      name: csirt.name,
      organisation: 'CSIRTs network',
      roles: ['csirt'],
      country: csirt.country,
      ...(csirt.url ? { url: csirt.url } : {}),
      updated_at: SAMPLE_UPDATED_AT,
    }),
  ),
  {
    id: 'contact-enisa',
    name: 'ENISA',
    organisation: 'European Union Agency for Cybersecurity (secretariat of the CSIRTs network)',
    roles: ['enisa'],
    country: 'EU',
    url: 'https://www.enisa.europa.eu',
    updated_at: SAMPLE_UPDATED_AT,
  },
  {
    id: 'contact-european-commission',
    name: 'European Commission',
    organisation: 'Secretariat of the NIS Cooperation Group',
    roles: ['commission', 'secretariat'],
    country: 'EU',
    url: GROUP_PAGE,
    updated_at: SAMPLE_UPDATED_AT,
  },
];

/** "CERT.at" gives "contact-cert-at": readable, and stable as long as the name is. */
function contactId(name: string): string {
  return `contact-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
