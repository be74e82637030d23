// Contacts as vCard 4.0 (RFC 6350), all of them or the directory's current filter, for an address
// book or a phone. The feed publishes organisations and functional mailboxes (docs/feed-format.md),
// so a card is an organisation (KIND:org) unless its role says it is a delegate, a person.
import type { Contact } from '../api/types';
import { listContacts } from '../contacts/contacts';
import type { Store } from '../store/open';
import { contentLines, escapeText, escapeVCardText } from './content-lines';
import { fileNamePart, type ExportedFile } from './exported-file';
import { roleLabel } from '../contacts/roles';

export const VCARD_MIME_TYPE = 'text/vcard';

export interface ContactSelection {
  country?: string;
  role?: string;
  /** Exactly these contacts (the directory's filter, words included); unknown ids are skipped. */
  ids?: string[];
}

export function exportContacts(db: Store, selection: ContactSelection = {}, now = new Date()): ExportedFile {
  const wanted = selection.ids ? new Set(selection.ids) : null;
  // With ids, archived contacts too: the directory can show them, and what it shows is exported.
  const contacts = listContacts(db, { includeArchived: wanted !== null, country: selection.country, role: selection.role }).filter(
    (c) => wanted === null || wanted.has(c.id),
  );
  const scope = [selection.country?.toUpperCase(), selection.role].filter((s): s is string => Boolean(s)).join('-');
  return {
    fileName: `delegate-desk-contacts-${scope ? `${fileNamePart(scope, 'selection')}-` : ''}${now.toISOString().slice(0, 10)}.vcf`,
    mimeType: VCARD_MIME_TYPE,
    content: contactsVCard(contacts),
  };
}

export function contactsVCard(contacts: readonly Contact[]): string {
  return contentLines(contacts.flatMap(contactCard));
}

/** Roles held by people rather than bodies (see the feed format's contact roles). */
const PERSON_ROLES = new Set(['delegate']);

function contactCard(contact: Contact): string[] {
  const isPerson = contact.roles.some((role) => PERSON_ROLES.has(role));
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `KIND:${isPerson ? 'individual' : 'org'}`,
    // Stable per contact, so re-importing updates the card rather than duplicating it.
    `UID:${escapeVCardText(`${contact.id}@delegate-desk`)}`,
    `FN:${escapeVCardText(contact.name)}`,
  ];
  // ORG is structured (name;unit;...): each component is escaped, so a ";" in a name stays text.
  if (contact.organisation) lines.push(`ORG:${escapeText(contact.organisation)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${escapeVCardText(contact.email)}`);
  // As text, not a tel: URI: the feed's number is kept as written (extensions, notes and all).
  if (contact.phone) lines.push(`TEL;VALUE=text;TYPE=work:${escapeVCardText(contact.phone)}`);
  if (contact.url) lines.push(`URL:${contact.url}`);
  // Only the country is known: the seven ADR components are empty but the last, its name. The CC
  // parameter (RFC 8605) keeps the code itself for software that reads it.
  lines.push(`ADR;TYPE=work;CC=${contact.country.toUpperCase()}:;;;;;;${escapeText(countryName(contact.country))}`);
  if (contact.roles.length) {
    lines.push(`NOTE:${escapeVCardText(`Roles: ${contact.roles.map(roleLabel).join(', ')}`)}`);
  }
  lines.push('END:VCARD');
  return lines;
}

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });

/** "FR" → "France"; EU is not a region for every ICU version, so it is named here. */
function countryName(code: string): string {
  const upper = code.toUpperCase();
  if (upper === 'EU') return 'European Union';
  try {
    return regionNames.of(upper) ?? upper;
  } catch {
    return upper;
  }
}
