import { describe, expect, it } from 'vitest';
import { openStore } from '../open';
import { migrate } from '../migrate';
import { MIGRATIONS } from '.';
import { readSettings, updateSettings, DEFAULT_SETTINGS } from '../../settings/settings';

describe('migration 004: settings', () => {
  it('adds the settings table and keeps every earlier row', () => {
    const db = openStore(':memory:', { migrateUpTo: 3 });
    const now = '2026-11-20T00:00:00Z';
    db.prepare("INSERT INTO feed_subscriptions (url, added_at) VALUES ('https://example.org/feed.json', ?)").run(now);
    db.prepare("INSERT INTO notes (id, subject_type, subject_id, body, created_at, updated_at) VALUES ('n1', 'meeting', 'm1', 'Talk to CERT-FR', ?, ?)").run(now, now);
    const before = {
      subscriptions: db.prepare('SELECT * FROM feed_subscriptions').all(),
      notes: db.prepare('SELECT * FROM notes').all(),
      found: db.prepare("SELECT ref FROM search_index WHERE search_index MATCH 'cert'").pluck().all(),
    };
    expect(migrate(db, MIGRATIONS, 4)).toBe(4);
    expect(db.prepare('SELECT * FROM feed_subscriptions').all()).toEqual(before.subscriptions);
    expect(db.prepare('SELECT * FROM notes').all()).toEqual(before.notes);
    expect(db.prepare("SELECT ref FROM search_index WHERE search_index MATCH 'cert'").pluck().all()).toEqual(before.found);
    expect(readSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(updateSettings(db, { delegationCountry: 'FR', syncIntervalMinutes: 15 })).toMatchObject({
      delegationCountry: 'FR',
      syncIntervalMinutes: 15,
      theme: 'auto',
    });
  });

  it('falls back to the default for a damaged or invalid stored value', () => {
    const db = openStore(':memory:');
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '{not json'), ('syncIntervalMinutes', '-5'), ('delegationCountry', '\"france\"')").run();
    expect(readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
