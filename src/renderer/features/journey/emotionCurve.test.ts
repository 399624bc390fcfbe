import { describe, expect, it } from 'vitest';
import { curve, emotionY, polylinePoints } from './emotionCurve';

describe('emotion curve', () => {
  it('draws very good at the top and very bad at the bottom', () => {
    expect(emotionY(2)).toBe(curve.pad);
    expect(emotionY(-2)).toBe(curve.height - curve.pad);
    expect(emotionY(0)).toBe(curve.height / 2);
  });

  it('puts one point per stage in the middle of its column', () => {
    expect(polylinePoints([0, 2, -2])).toBe(`60,80 180,${curve.pad} 300,${curve.height - curve.pad}`);
    expect(polylinePoints([])).toBe('');
  });
});
