import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../../../local-records/records';
import { HIGHLIGHT_COLOR_ORDER, HIGHLIGHT_INKS } from './highlight-colors';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('highlight colours', () => {
  it('are exactly the colours an annotation record may have', () => {
    expect([...HIGHLIGHT_COLOR_ORDER].sort()).toEqual([...HIGHLIGHT_COLORS].sort());
  });

  for (const color of HIGHLIGHT_COLORS) {
    it(`${color} keeps AA contrast for the text on it, light and dark`, () => {
      const { light, dark } = HIGHLIGHT_INKS[color];
      expect(contrast(light.background, light.text)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark.background, dark.text)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('measures contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
