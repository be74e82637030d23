// Reading the directory: single points of contact, CSIRTs, authorities, ENISA, the Commission.
import type { Store } from '../store/open';
import { DeskError } from '../desk-error';
import type { Contact } from '../api/types';

const COLUMNS = `id, name, organisation, roles, country, email, phone, url, archived_at IS NOT NULL AS archived`;
type Row = Omit<Contact, 'roles' | 'archived'> & { roles: string; archived: number };
const toContact = (r: Row): Contact => ({ ...r, roles: JSON.parse(r.roles), archived: Boolean(r.archived) });

export function listContacts(
  db: Store,
  options: { includeArchived?: boolean; country?: string; role?: string } = {},
): Contact[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM contacts
       WHERE (:archived OR archived_at IS NULL)
         AND (:country IS NULL OR country = :country)
         AND (:role IS NULL OR EXISTS (SELECT 1 FROM json_each(roles) WHERE value = :role))
       ORDER BY country, name`,
    )
    .all({
      archived: options.includeArchived ? 1 : 0,
      country: options.country?.toUpperCase() ?? null,
      role: options.role ?? null,
    }) as Row[];
  return rows.map(toContact);
}

export function getContact(db: Store, id: string): Contact {
  const row = db.prepare(`SELECT ${COLUMNS} FROM contacts WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new DeskError('not_found', `there is no contact with id "${id}"`);
  return toContact(row);
}
