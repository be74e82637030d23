// Where the Electron runtime (the binary that opens the window) is, and fetching it. Since
// Electron 45 its npm package no longer downloads the binary when installed: the download
// happens the first time something imports the package. So `npm install` asks for it itself
// (scripts/install-electron.mjs) and `npm start` asks again if it is still missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Set on machines that cannot reach Electron's downloads (CI here, closed networks). */
export function downloadSkipped() {
  const value = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** False where Electron's package was left out (an install without devDependencies). */
export function electronPackageInstalled() {
  return packageFolder() !== null;
}

function packageFolder() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron executable, or null when it is not on this machine. Deliberately does not
 * `require('electron')`: that module starts a download when the binary is missing.
 */
export function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH) {
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null;
  }
  const folder = packageFolder();
  if (folder === null) return null;
  // Electron's installer writes path.txt once the download has succeeded.
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(folder, 'dist');
  const binary = join(distFolder, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * Runs Electron's own installer (it checks the download against the checksums its package
 * ships). Returns null when it worked, or why not in one line: its stack trace is not for the
 * delegate's eyes.
 */
export function downloadElectron() {
  const folder = packageFolder();
  if (folder === null) return 'the electron package is not installed (run npm install)';
  const run = spawnSync(process.execPath, [join(folder, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status === 0) return null;
  const stderr = run.stderr ?? '';
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(stderr)) {
    return "Electron's download server could not be reached";
  }
  const firstLine = stderr.split('\n').find((line) => line.trim() !== '' && !/^\s+at /.test(line));
  return firstLine?.trim().replace(/^\w*Error: /, '') || `the installer stopped (exit code ${run.status})`;
}
