// Every temporary file and folder the tests make (stores, feeds, spools, PDFs, the CLI's runs)
// goes into one folder for the run, removed at its end: a test run leaves /tmp as it found it.
// os.tmpdir() follows TMPDIR, which the test processes and the subprocesses they start inherit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'delegate-desk-tests-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
