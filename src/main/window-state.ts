// The window opens where the delegate left it: size, position and whether it was maximised,
// kept in a small JSON file beside the store. A saved position on a screen that is no longer
// attached is dropped, so the window never opens out of sight.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/write-atomic';

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof stateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 840, maximized: false };
const FILE = 'window-state.json';

/** The saved state, or the default when there is none, it is damaged, or it is off every screen. */
export function loadWindowState(folder: string, screens: Area[]): WindowState {
  let state: WindowState;
  try {
    state = stateSchema.parse(JSON.parse(readFileSync(join(folder, FILE), 'utf8')));
  } catch {
    return DEFAULT_STATE;
  }
  if (state.x === undefined || state.y === undefined) return state;
  const visible = screens.some(
    (s) => state.x! + 100 > s.x && state.x! < s.x + s.width - 100 && state.y! >= s.y && state.y! < s.y + s.height - 50,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

export async function saveWindowState(folder: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(folder, FILE), JSON.stringify(state));
}
