import { describe, expect, it } from 'vitest';
import { canvasExtent, centreOn, placeInView } from './placement';

describe('placement', () => {
  const view = { scrollLeft: 100, scrollTop: 50, width: 800, height: 600 };
  const size = { width: 180, height: 120 };

  it('places a new note inside the visible area', () => {
    const spot = placeInView(view, [], size);
    expect(spot.x).toBeGreaterThanOrEqual(view.scrollLeft);
    expect(spot.x + size.width).toBeLessThanOrEqual(view.scrollLeft + view.width);
    expect(spot.y).toBeGreaterThanOrEqual(view.scrollTop);
    expect(spot.y + size.height).toBeLessThanOrEqual(view.scrollTop + view.height);
  });

  it('cascades instead of stacking notes exactly on top of each other', () => {
    const first = placeInView(view, [], size);
    const second = placeInView(view, [first], size);
    const third = placeInView(view, [first, second], size);
    expect(second).toEqual({ x: first.x + 24, y: first.y + 24 });
    expect(third).toEqual({ x: first.x + 48, y: first.y + 48 });
  });

  it('centres on a point without leaving the board', () => {
    expect(centreOn({ x: 300, y: 200 }, size)).toEqual({ x: 210, y: 140 });
    expect(centreOn({ x: 10, y: 10 }, size)).toEqual({ x: 0, y: 0 });
  });

  it('grows the canvas with its content', () => {
    expect(canvasExtent([])).toEqual({ width: 2400, height: 1600 });
    expect(canvasExtent([{ x: 3000, y: 100, width: 180, height: 120 }])).toEqual({ width: 3780, height: 1600 });
  });
});
