import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataFolder, PRODUCT_NAME, resolveStorePath, STORE_FILE } from './data-folder';

describe('defaultDataFolder', () => {
  it('is "Delegate Desk" in XDG_CONFIG_HOME on Linux', () => {
    expect(defaultDataFolder('linux', { XDG_CONFIG_HOME: '/home/ana/.xdg' }, '/home/ana')).toBe('/home/ana/.xdg/Delegate Desk');
  });

  it('falls back to ~/.config on Linux when XDG_CONFIG_HOME is unset or empty', () => {
    expect(defaultDataFolder('linux', {}, '/home/ana')).toBe('/home/ana/.config/Delegate Desk');
    expect(defaultDataFolder('linux', { XDG_CONFIG_HOME: '' }, '/home/ana')).toBe('/home/ana/.config/Delegate Desk');
    expect(defaultDataFolder('freebsd', {}, '/home/ana')).toBe('/home/ana/.config/Delegate Desk');
  });

  it('is in Application Support on macOS, whatever XDG says', () => {
    expect(defaultDataFolder('darwin', { XDG_CONFIG_HOME: '/Users/ana/.xdg' }, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Delegate Desk',
    );
  });

  it('is in APPDATA on Windows, or in the roaming profile under the home folder', () => {
    const appData = 'C:\\Users\\ana\\AppData\\Roaming';
    const withAppData = defaultDataFolder('win32', { APPDATA: appData }, 'C:\\Users\\ana');
    expect(withAppData.startsWith(appData)).toBe(true);
    expect(withAppData.endsWith(PRODUCT_NAME)).toBe(true);
    expect(withAppData).toBe(join(appData, 'Delegate Desk'));
    const without = defaultDataFolder('win32', {}, 'C:\\Users\\ana');
    expect(without).toBe(join('C:\\Users\\ana', 'AppData', 'Roaming', 'Delegate Desk'));
  });

  it('ends in "Delegate Desk" on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultDataFolder(platform, {}, '/home/ana').endsWith('Delegate Desk'), platform).toBe(true);
    }
  });
});

describe('resolveStorePath', () => {
  const env = { DELEGATE_DESK_DB: '/srv/desk/env.db', XDG_CONFIG_HOME: '/home/ana/.xdg', APPDATA: '/home/ana/AppData' };

  it('takes --db first', () => {
    expect(resolveStorePath('/tmp/flag.db', env)).toBe('/tmp/flag.db');
  });

  it('takes DELEGATE_DESK_DB when there is no --db', () => {
    expect(resolveStorePath(undefined, env)).toBe('/srv/desk/env.db');
    expect(resolveStorePath('', env)).toBe('/srv/desk/env.db');
  });

  it('falls back to the store file in the per-user data folder', () => {
    const { DELEGATE_DESK_DB: _unused, ...rest } = env;
    const expected = join(defaultDataFolder(process.platform, rest), STORE_FILE);
    expect(resolveStorePath(undefined, rest)).toBe(expected);
    expect(resolveStorePath(undefined, { ...rest, DELEGATE_DESK_DB: '' })).toBe(expected);
    expect(expected.endsWith(join('Delegate Desk', 'delegate-desk.db'))).toBe(true);
  });
});
