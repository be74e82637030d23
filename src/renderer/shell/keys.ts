// A shortcut as the delegate's keyboard names it: Ctrl on Windows and Linux, ⌘ on a Mac. The
// shortcuts are written once, as Mantine's hotkeys take them ('mod+shift+H'), and shown from there.

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const NAMES: Record<string, string> = { mod: isMac ? '⌘' : 'Ctrl', shift: 'Shift', alt: isMac ? '⌥' : 'Alt', enter: 'Enter' };

/** 'mod+shift+H' as ['Ctrl', 'Shift', 'H'] (or ['⌘', 'Shift', 'H'] on a Mac). */
export function keysOf(hotkey: string): string[] {
  return hotkey.split('+').map((part) => NAMES[part.toLowerCase()] ?? part.toUpperCase());
}
