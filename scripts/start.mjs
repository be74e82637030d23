// `npm start`: builds the desktop app and opens its window, downloading the Electron runtime the
// first time, or, where it cannot be had (ELECTRON_SKIP_BINARY_DOWNLOAD, no internet), says so in
// plain words and points to what works instead, without a stack trace.
//
// better-sqlite3 in node_modules is compiled for Node's ABI, which Electron's Node does not
// share: scripts/electron-native.mjs builds a second copy for Electron, beside it, which the main
// process loads (src/main/native-binding.ts). The CLI and the tests keep the Node build.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { downloadElectron, downloadSkipped, electronBinary } from './electron-runtime.mjs';

const require = createRequire(import.meta.url);

const noElectron = (reason) => `
Delegate Desk cannot open its desktop window on this machine.
The window needs the Electron runtime, and Electron is not installed here
(${reason}).

What you can use instead:
  - The command line, which works now:
      npx delegate-desk --help
      npx delegate-desk seed
      npx delegate-desk list documents
  - The same app in your browser:
      npm run web

On a machine with internet access, \`npm start\` downloads Electron the first time
(about 100 MB), then opens the window.
`;

if (!electronBinary()) {
  let problem = 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  if (!downloadSkipped()) {
    process.stderr.write('Downloading the Electron runtime (the first start only, about 100 MB)…\n');
    problem = downloadElectron() ?? (electronBinary() ? null : 'it was not found after the download');
  }
  if (problem !== null) {
    process.stderr.write(noElectron(problem));
    process.exit(1);
  }
}

const native = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'electron-native.mjs')], { stdio: 'inherit' });
if (native.status !== 0) {
  process.stderr.write('\nThe desktop window cannot open without that build. Meanwhile: npm run web\n');
  process.exit(1);
}

// `electron-vite preview` builds main, preload and renderer, then launches Electron on them.
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, 'preview'], { stdio: 'inherit' });

// Ctrl+C reaches the child through the terminal already; a kill aimed at this script alone
// (a supervisor, an IDE's stop button) is passed on so Electron does not outlive it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  process.stderr.write(`Delegate Desk could not start the build tool: ${error.message}\n`);
  process.exit(1);
});

// A child killed by a signal has no exit code: report that as a failure, not as success.
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
