// "Export vCard": the contacts the directory shows now (its filters, words included) as a .vcf
// file for an address book or a phone.
import type { Contact } from '../../api/types';
import { callApi } from '../api/hooks';
import { ExportFileButton } from '../shell/export-file-button';

export function ExportVCardButton({ shown, filtered }: { shown: Contact[]; filtered: boolean }) {
  return (
    <ExportFileButton
      size="sm"
      disabled={shown.length === 0}
      // The ids of what is shown, so the file holds exactly what the delegate sees.
      make={() => callApi('exports.vcard', { ids: shown.map((c) => c.id) })}
      done="Contacts file saved"
      failed="The contacts file could not be made"
    >
      {filtered ? `Export vCard (${shown.length})` : 'Export vCard'}
    </ExportFileButton>
  );
}
