// "Add to calendar (.ics)": one meeting, or every upcoming one, as a file Outlook or any calendar
// imports. Importing a newer file updates the same events rather than doubling them.
import { callApi } from '../api/hooks';
import { ExportFileButton } from '../shell/export-file-button';

export function CalendarExportButton({ meetingId, size = 'sm' }: { meetingId?: string; size?: 'xs' | 'sm' }) {
  return (
    <ExportFileButton
      size={size}
      make={() => callApi('exports.ics', meetingId ? { meetingId } : {})}
      done="Calendar file saved"
      failed="The calendar file could not be made"
    >
      {meetingId ? 'Add to calendar (.ics)' : 'Add upcoming to calendar (.ics)'}
    </ExportFileButton>
  );
}
