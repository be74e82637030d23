// `npm start`: builds the desktop app and opens its window, or, where the Electron runtime was
// never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, no internet), says so in plain words and
// points to what works instead, without a stack trace.
//
// better-sqlite3 in node_modules is compiled for Node's ABI, which Electron's Node does not
// share: scripts/electron-native.mjs builds a second copy for Electron, beside it, which the main
// process loads (src/main/native-binding.ts). The CLI and the tests keep the Node build.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The Electron executable, or null when it is not on this machine. Deliberately does not
 * `require('electron')`: that module tries to download the binary when it is missing.
 */
function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH) {
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null;
  }
  let packageFolder;
  try {
    packageFolder = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  // The electron package's install step writes path.txt once the download has succeeded.
  const pathFile = join(packageFolder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageFolder, 'dist');
  const binary = join(distFolder, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const NO_ELECTRON = `
Delegate Desk cannot open its desktop window on this machine.
The window needs the Electron runtime, and Electron is not installed here.

What you can use instead:
  - The command line, which works now:
      npx delegate-desk --help
      npx delegate-desk seed
      npx delegate-desk list documents
  - The same app in your browser:
      npm run web

On a machine with internet access, \`npm install\` downloads Electron; then \`npm start\`
opens the window.
`;

if (!electronBinary()) {
  process.stderr.write(NO_ELECTRON);
  process.exit(1);
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
