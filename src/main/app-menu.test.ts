// The application menu holds a desktop app's menus and none of Electron's default extras: no
// forced reload, no developer tools in a packaged app, no help that leads to Electron's website,
// and nothing that takes Ctrl/Cmd+F from the page's find.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from './app-menu';

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const roles = (menu: MenuItemConstructorOptions[]) => items(menu).map((item) => item.role).filter(Boolean);

describe('the application menu', () => {
  it('offers editing, zoom, full screen and the window, and leaves out reloading and any link away', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const menu = appMenuTemplate({ platform, packaged: true });
      expect(roles(menu), platform).toEqual(expect.arrayContaining(['editMenu', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'windowMenu']));
      for (const role of ['reload', 'forceReload', 'toggleDevTools'] as const) expect(roles(menu), `${platform} ${role}`).not.toContain(role);
      for (const item of items(menu)) {
        expect(item.click, `${platform}: ${item.label ?? item.role}`).toBeUndefined();
        expect(String(item.accelerator ?? '').toLowerCase(), `${platform}: ${item.label ?? item.role}`).not.toMatch(/\+f$/);
      }
    }
  });

  it('keeps the developer tools for a build run from the sources', () => {
    expect(roles(appMenuTemplate({ platform: 'linux', packaged: false }))).toContain('toggleDevTools');
  });

  it("follows each platform's habits: the app menu and Close on a Mac, Quit and About under Help elsewhere", () => {
    const mac = appMenuTemplate({ platform: 'darwin', packaged: true });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(roles(mac)).toContain('close');
    expect(roles(mac)).not.toContain('help');
    const windows = appMenuTemplate({ platform: 'win32', packaged: true });
    expect(roles(windows)).toEqual(expect.arrayContaining(['quit', 'help', 'about']));
    expect(roles(windows)).not.toContain('appMenu');
  });
});
