// The highlight colours, light and dark: one source for the marks in the paper, the swatches
// and the panel. Text on a mark keeps at least WCAG AA contrast (4.5:1) in both schemes, so a
// marked passage reads as well as the rest (highlight-colors.test.ts measures it): pale tints
// under near-black ink in the light scheme, deep tones under near-white ink in the dark one.
import type { HighlightColor } from '../../../api/types';

export interface HighlightInk {
  label: string;
  light: { background: string; text: string };
  dark: { background: string; text: string };
}

const LIGHT_TEXT = '#1a1b1e';
const DARK_TEXT = '#f8f9fa';

export const HIGHLIGHT_INKS: Record<HighlightColor, HighlightInk> = {
  yellow: { label: 'Yellow', light: { background: '#ffec99', text: LIGHT_TEXT }, dark: { background: '#665200', text: DARK_TEXT } },
  green: { label: 'Green', light: { background: '#b2f2bb', text: LIGHT_TEXT }, dark: { background: '#1f5c2e', text: DARK_TEXT } },
  blue: { label: 'Blue', light: { background: '#a5d8ff', text: LIGHT_TEXT }, dark: { background: '#164a7a', text: DARK_TEXT } },
  pink: { label: 'Pink', light: { background: '#fcc2d7', text: LIGHT_TEXT }, dark: { background: '#7a1f4a', text: DARK_TEXT } },
  purple: { label: 'Purple', light: { background: '#e5dbff', text: LIGHT_TEXT }, dark: { background: '#4b2d8a', text: DARK_TEXT } },
};

/** In the order the swatches show them. */
export const HIGHLIGHT_COLOR_ORDER = Object.keys(HIGHLIGHT_INKS) as HighlightColor[];

/** The colour a new highlight gets before the delegate has picked one. */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

/** A highlight's background and ink, following the colour scheme (for marks and swatches). */
export function highlightInk(color: HighlightColor): { background: string; color: string } {
  const { light, dark } = HIGHLIGHT_INKS[color];
  return { background: `light-dark(${light.background}, ${dark.background})`, color: `light-dark(${light.text}, ${dark.text})` };
}
