// The application menu: what a desktop app's menus should hold, and nothing of Electron's default
// one that does not belong to Delegate Desk (its Help links to Electron's website, and its
// developer tools and forced reload sit one keystroke away from a delegate in the middle of a
// position). Developer tools stay for a build run from the sources. Ctrl/Cmd+F is left to the page
// (src/renderer/shell/page-find.tsx): a menu accelerator would take the key before the page sees it.
import type { MenuItemConstructorOptions } from 'electron';

export function appMenuTemplate({ platform, packaged }: { platform: NodeJS.Platform; packaged: boolean }): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [mac ? { role: 'close' as const } : { role: 'quit' as const }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(packaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    ...(mac ? [] : [{ role: 'help' as const, submenu: [{ role: 'about' as const, label: 'About Delegate Desk' }] }]),
  ];
}
