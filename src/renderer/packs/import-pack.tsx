// Importing a pack: choose the file (or a backup, work-backups.tsx), see what the import will do (a
// dry run: nothing changes yet), then import it or not. A pack that is refused says why, with the
// JSON path of the problem.
import { Alert, Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import type { PackImportReport } from '../../api/types';
import { callApi, useAction } from '../api/hooks';
import { notify } from '../sync/notify';
import { MAX_PACK_BYTES } from '../../packs/format';
import { importSummary, plural } from '../../packs/report-words';
import { ImportReportView } from './import-report-view';

interface Preview {
  fileName: string;
  content: string;
  report: PackImportReport;
}

function changesNothing(report: PackImportReport): boolean {
  return report.versionsAdded === 0 && report.changes.every((c) => c.outcome === 'left');
}

/**
 * The steps after a pack's content is in hand, whoever found it: `preview` runs the dry run and
 * opens the question; `shown` is the problem and the question, to place on the page.
 */
export function usePackImport(): {
  preview: (fileName: string, read: () => Promise<string>) => Promise<void>;
  refuse: (problem: string) => void;
  reading: boolean;
  shown: ReactNode;
} {
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [applyError, setApplyError] = useState<string | null>(null);
  const apply = useAction('packs.import');

  async function start(fileName: string, read: () => Promise<string>) {
    setProblem(null);
    setReading(true);
    try {
      const content = await read();
      const report = await callApi('packs.import', { content, dryRun: true });
      setApplyError(null);
      setPreview({ fileName, content, report });
    } catch (e) {
      setProblem(`${fileName} could not be imported. ${(e as Error).message}`);
    } finally {
      setReading(false);
    }
  }

  async function confirm() {
    if (!preview) return;
    setApplyError(null);
    try {
      const report = await apply.mutateAsync({ content: preview.content });
      notify({
        title: 'Pack imported',
        message: `${importSummary(report)}; ${plural(report.versionsAdded, ['saved state', 'saved states'])} added to the history.`,
      });
      setPreview(null);
    } catch (e) {
      setApplyError((e as Error).message);
    }
  }

  const nothing = preview !== null && changesNothing(preview.report);

  const shown = (
    <>
      {problem && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Nothing was imported"
          role="alert"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setProblem(null)}
          w="100%"
        >
          {problem}
        </Alert>
      )}

      <Modal
        opened={preview !== null}
        onClose={() => setPreview(null)}
        title={nothing ? 'Nothing to import' : 'Import this pack?'}
        size="lg"
        centered
        closeButtonProps={{ 'aria-label': 'Cancel and close' }}
      >
        {preview && (
          <Stack gap="md">
            <Text size="sm">
              {nothing
                ? `Everything in ${preview.fileName} is already on this desk: importing it would change nothing.`
                : `This is what importing ${preview.fileName} will do. Nothing has changed yet.`}
            </Text>
            <ImportReportView report={preview.report} />
            {applyError && (
              <Text size="sm" c="red" role="alert">
                {applyError}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                {nothing ? 'Close' : 'Cancel'}
              </Button>
              {!nothing && (
                <Button loading={apply.isPending} onClick={() => void confirm()}>
                  Import
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
  return { preview: start, refuse: setProblem, reading, shown };
}

export function ImportPack() {
  const resetFile = useRef<() => void>(null);
  const { preview, refuse, reading, shown } = usePackImport();

  function choose(file: File | null) {
    resetFile.current?.();
    if (!file) return;
    // The core refuses it too; checked here first so a huge file is never read into the page.
    if (file.size > MAX_PACK_BYTES) {
      refuse(
        `${file.name} is too large to import (${Math.ceil(file.size / (1024 * 1024))} MB; the most Delegate Desk imports is 50 MB). Export one meeting at a time instead.`,
      );
      return;
    }
    void preview(file.name, () => file.text());
  }

  return (
    <Stack gap="sm" align="flex-start">
      <FileButton onChange={choose} accept="application/json,.json" resetRef={resetFile}>
        {(props) => (
          <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />} loading={reading}>
            Import a pack…
          </Button>
        )}
      </FileButton>
      {shown}
    </Stack>
  );
}
