// "Export as Markdown": the paper's annotations (quotes, notes, tags, revisions) as a file to
// paste into a report or keep beside the paper.
import { callApi } from '../../api/hooks';
import { ExportFileButton } from '../../shell/export-file-button';

export function ExportAnnotationsButton({ documentId }: { documentId: string }) {
  return (
    <ExportFileButton
      size="compact-xs"
      variant="subtle"
      make={() => callApi('exports.annotations', { documentId })}
      done="Annotations saved as Markdown"
      failed="The annotations could not be exported"
    >
      Export as Markdown
    </ExportFileButton>
  );
}
