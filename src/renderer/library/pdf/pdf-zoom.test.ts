import { describe, expect, it } from 'vitest';
import { fitWidth, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomLabel, zoomOut } from './pdf-zoom';

describe('zoom steps', () => {
  it('goes to the next step up or down, from a step or from a fitted width', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(1.37)).toBe(1.5);
    expect(zoomOut(1.37)).toBe(1.25);
  });

  it('stops at the smallest and the largest', () => {
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
  });
});

describe('fitWidth', () => {
  it('makes the page as wide as the view, within the bounds', () => {
    expect(fitWidth(900, 600)).toBe(1.5);
    expect(fitWidth(100, 600)).toBe(MIN_ZOOM);
    expect(fitWidth(9000, 600)).toBe(MAX_ZOOM);
  });

  it('keeps 100 % while the view has no width yet', () => {
    expect(fitWidth(0, 600)).toBe(1);
  });
});

it('says the zoom as a percentage', () => {
  expect(zoomLabel(1.254)).toBe('125 %');
});
