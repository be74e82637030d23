// The contract between the preload and the page: what `window.delegateDesk` holds. Both sides
// import this one type, so they cannot disagree. The typed API for the store comes next.
export interface DeskBridge {
  /** The app's version, from package.json at build time. */
  readonly version: string;
}
