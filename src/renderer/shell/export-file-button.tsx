// A button that asks the core for a file (a calendar, contacts, annotations) and hands it to the
// delegate as a download, with a notice saying what was saved or why it could not be.
import { Button, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ExportedFile } from '../../api/types';
import { notify } from '../sync/notify';
import { saveTextFile } from './download';

export function ExportFileButton({
  make,
  children,
  done,
  failed,
  ...button
}: {
  /** Fetches the file; called on each click, so it always holds what the store holds now. */
  make: () => Promise<ExportedFile>;
  children: ReactNode;
  /** The notice's title once saved, e.g. "Calendar file saved". */
  done: string;
  /** The notice's title when it could not be made. */
  failed: string;
} & Omit<ButtonProps, 'children' | 'onClick' | 'loading'>) {
  const [pending, setPending] = useState(false);

  async function exportFile() {
    setPending(true);
    try {
      const file = await make();
      saveTextFile(file.fileName, file.content, file.mimeType);
      notify({ title: done, message: file.fileName });
    } catch (e) {
      notify({ title: failed, message: (e as Error).message, failed: true });
    } finally {
      setPending(false);
    }
  }

  return (
    <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} {...button} loading={pending} onClick={() => void exportFile()}>
      {children}
    </Button>
  );
}
