// `npm test` runs Doyensec's Electronegativity over the sources and fails on any finding of
// medium severity or above. A finding that is wrong for this app is suppressed in the code itself
// (`/* eng-disable CHECK_NAME */` with a comment that says why), never here.
//
// Its runner is called directly rather than through its command line: that command line loads
// whichever `commander` npm hoists, and breaks on the version this project uses.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');
const { version: electronVersion } = require('electron/package.json');

const SEVERITY = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const floor = SEVERITY.indexOf('MEDIUM');

const originalLog = console.log;
console.log = () => undefined; // the runner prints a progress bar and a table of its own
let result;
try {
  result = await run({ input: 'src', electronVersionOverride: electronVersion, isRelative: true });
} finally {
  console.log = originalLog;
}

const findings = result.issues.filter((i) => SEVERITY.indexOf(i.severity.name) >= floor);
for (const i of findings) {
  console.error(`${i.severity.name} ${i.id}: ${i.file}:${i.location.line} ${i.description ?? ''}`);
}
console.log(
  `Electronegativity: ${result.issues.length} findings in total, ${findings.length} of medium severity or above` +
    (result.issues.length > findings.length
      ? ` (below medium: ${[...new Set(result.issues.filter((i) => !findings.includes(i)).map((i) => i.id))].join(', ')})`
      : ''),
);
process.exit(findings.length > 0 ? 1 : 0);
