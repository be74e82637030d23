// Types for electron-runtime.mjs (plain JavaScript, so `npm start` runs before any build), for
// the TypeScript that uses it: the real-Electron test.
export function downloadSkipped(): boolean;
export function electronPackageInstalled(): boolean;
export function electronBinary(): string | null;
export function downloadElectron(): string | null;
