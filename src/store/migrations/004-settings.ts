// The delegate's settings (delegation country, theme, sync interval), kept in the store so the
// desktop app, the browser mode and the CLI share them. Values are JSON.
import type { Migration } from './migration';

export const settings: Migration = {
  version: 4,
  name: 'settings',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
