import { emotionRange } from '../../../shared/documents/journey';

/** The emotion curve's drawing: one column per stage, +2 at the top, -2 at the bottom. */
export const curve = { column: 120, height: 160, pad: 24 } as const;

export function curveWidth(stages: number): number {
  return Math.max(1, stages) * curve.column;
}

export function emotionY(emotion: number): number {
  const span = emotionRange.max - emotionRange.min;
  return curve.pad + ((emotionRange.max - emotion) / span) * (curve.height - 2 * curve.pad);
}

/** Points of the curve, one per stage at the middle of its column. */
export function emotionPoints(emotions: readonly number[]): { x: number; y: number }[] {
  return emotions.map((emotion, index) => ({ x: (index + 0.5) * curve.column, y: emotionY(emotion) }));
}

/** The `points` attribute of an SVG polyline. */
export function polylinePoints(emotions: readonly number[]): string {
  return emotionPoints(emotions).map((point) => `${point.x},${point.y}`).join(' ');
}
