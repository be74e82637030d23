// The delegate's settings, with their defaults. Stored as JSON per key; an unknown or damaged
// value falls back to the default rather than breaking the app.
import type { Store } from '../store/open';
import type { Settings } from '../api/types';
import { inWriteTransaction } from '../store/transactions';

export type { Settings };

export const DEFAULT_SETTINGS: Settings = {
  delegationCountry: null,
  theme: 'auto',
  syncIntervalMinutes: 60,
};

export function readSettings(db: Store): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const r of rows) {
    try {
      stored[r.key] = JSON.parse(r.value);
    } catch {
      // A damaged value is ignored: the default stands in for it.
    }
  }
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean): Settings[K] =>
    valid(stored[key]) ? (stored[key] as Settings[K]) : DEFAULT_SETTINGS[key];
  return {
    delegationCountry: pick('delegationCountry', (v) => v === null || (typeof v === 'string' && /^[A-Z]{2}$/.test(v))),
    theme: pick('theme', (v) => v === 'light' || v === 'dark' || v === 'auto'),
    syncIntervalMinutes: pick('syncIntervalMinutes', (v) => Number.isInteger(v) && (v as number) >= 0),
  };
}

export function updateSettings(db: Store, changes: Partial<Settings>): Settings {
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  inWriteTransaction(db, () => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined && key in DEFAULT_SETTINGS) write.run(key, JSON.stringify(value));
    }
  });
  return readSettings(db);
}
