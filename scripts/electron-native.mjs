// Builds better-sqlite3 for Electron's ABI into build/electron-native/, beside (not over) the
// Node build in node_modules that the CLI and the tests use. The desktop app loads it through
// better-sqlite3's `nativeBinding` option (src/main/native-binding.ts); packaging copies it into
// the app's resources (electron-builder.yml). `npm start` and `npm run dist` run this first.
//
// It tries a prebuilt binary for Electron first (prebuild-install), then compiles against
// Electron's headers (node-gyp). Both download from the internet, like Electron itself.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'build', 'electron-native');
const target = join(out, 'better_sqlite3.node');
const stampFile = join(out, 'stamp.json');

const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, arch: process.arch, platform: process.platform });

if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

process.stderr.write(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}…\n`);
const work = join(out, 'src');
rmSync(out, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const source = dirname(require.resolve('better-sqlite3/package.json'));
for (const part of ['package.json', 'binding.gyp', 'src', 'deps']) cpSync(join(source, part), join(work, part), { recursive: true });

const attempt = (args) => spawnSync(process.execPath, args, { cwd: work, stdio: 'inherit' }).status === 0;
const built = join(work, 'build', 'Release', 'better_sqlite3.node');

const ok =
  attempt([require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]) ||
  attempt([require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron']);

if (!ok || !existsSync(built)) {
  process.stderr.write('Could not build better-sqlite3 for Electron (this needs internet access, as Electron itself does).\n');
  process.exit(1);
}
cpSync(built, target);
writeFileSync(stampFile, stamp);
rmSync(work, { recursive: true, force: true });
process.stderr.write(`Built ${target}\n`);
