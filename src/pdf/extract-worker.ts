// The worker thread that reads PDFs' text, so that parsing a 500-page paper never holds up the
// process that answers the delegate (the desktop app's main process, the browser mode's host).
// It only reads: the file by its path, and answers with the pages' texts; the store is written by
// the thread that owns it (text-extractor.ts).
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { asDeskError } from '../desk-error';
import { extractPdfText, UnreadablePdf } from './extract-text';
import type { ExtractionRequest, ExtractionResult } from './extract-protocol';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs only as a worker thread');

port.on('message', (request: ExtractionRequest) => {
  void answer(request).then((result) => port.postMessage(result));
});

async function answer({ sha256, path }: ExtractionRequest): Promise<ExtractionResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      return { sha256, error: 'The file is no longer on this device, so its text could not be read.' };
    }
    return { sha256, error: asDeskError(error, 'The file could not be read from the disk').message };
  }
  try {
    return { sha256, pages: await extractPdfText(bytes) };
  } catch (error) {
    if (error instanceof UnreadablePdf) return { sha256, error: error.message };
    return { sha256, error: `The text of this PDF could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
