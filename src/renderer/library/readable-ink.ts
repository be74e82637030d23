import type { CSSProperties } from 'react';

/** Text colour for a light badge or alert that stays readable. Mantine's light variant draws
 *  orange, yellow, green (and others) at about 3:1 on their pale background in the light scheme,
 *  under the 4.5:1 that small text needs; a darker ink of the same hue fixes it. The dark
 *  scheme's own light variant already reads well and is kept. `variable` is the component's
 *  colour variable (Badge: --badge-color, Alert: --alert-color). */
export function readableInk(colour: string, variable: '--badge-color' | '--alert-color' = '--badge-color'): CSSProperties {
  return {
    [variable]: `light-dark(color-mix(in srgb, var(--mantine-color-${colour}-9) 68%, black), var(--mantine-color-${colour}-light-color))`,
  } as CSSProperties;
}
