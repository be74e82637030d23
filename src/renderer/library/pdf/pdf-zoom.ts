// The reader's zoom: fixed steps in and out, and "fit width" (the page as wide as the view).

export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 4;

/** The next step up from `scale` (from a fitted width too, which is rarely a step). */
export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((step) => step > scale + 0.001) ?? MAX_ZOOM;
}

export function zoomOut(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - 0.001) ?? MIN_ZOOM;
}

/** The scale at which a page `pageWidth` wide (at scale 1) fills `viewWidth`, within the zoom's bounds. */
export function fitWidth(viewWidth: number, pageWidth: number): number {
  if (!(viewWidth > 0) || !(pageWidth > 0)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, viewWidth / pageWidth));
}

/** "125 %" */
export function zoomLabel(scale: number): string {
  return `${Math.round(scale * 100)} %`;
}
