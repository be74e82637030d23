// `npm install`'s last step (postinstall): fetches the Electron runtime, about 100 MB, so that
// `npm start` and the real-Electron test find it. It never fails the install: without Electron the
// command line and the browser mode work all the same, and `npm start` says so.
import { downloadElectron, downloadSkipped, electronBinary, electronPackageInstalled } from './electron-runtime.mjs';

if (!electronPackageInstalled()) {
  // Installed without devDependencies: there is no desktop window to prepare.
} else if (downloadSkipped()) {
  console.log('Delegate Desk: the Electron runtime was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set).');
} else if (!electronBinary()) {
  const problem = downloadElectron();
  if (problem !== null) {
    console.warn(
      `Delegate Desk: could not download the Electron runtime (${problem}).\n` +
        'npm start will try again; meanwhile the command line (npx delegate-desk) and the browser mode (npm run web) work.',
    );
  }
}
