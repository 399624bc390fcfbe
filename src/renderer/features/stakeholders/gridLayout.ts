import { clampScore, scoreRange, type Actor } from '../../../shared/domain/actor';

/**
 * Geometry of the power/interest plot, in SVG units: interest grows to the right, power grows
 * upwards, each rating 1–5 is one cell. Pure, so keyboard steps and drops are unit-tested.
 */
export const grid = { margin: 48, cell: 80, cells: scoreRange.max - scoreRange.min + 1 } as const;
export const gridSize = grid.margin + grid.cell * grid.cells + 16;

export interface Point { x: number; y: number }

export function gridPoint(power: number, interest: number): Point {
  return {
    x: grid.margin + (interest - scoreRange.min + 0.5) * grid.cell,
    y: 16 + (scoreRange.max - power + 0.5) * grid.cell,
  };
}

/** The ratings under a point of the plot (a drop), kept inside 1–5. */
export function scoresAt(point: Point): { power: number; interest: number } {
  return {
    interest: clampScore((point.x - grid.margin) / grid.cell + scoreRange.min - 0.5),
    power: clampScore(scoreRange.max - (point.y - 16) / grid.cell + 0.5),
  };
}

/** Arrow keys: up/down change power, left/right change interest; other keys are not ours. */
export function gridKeyStep(key: string, actor: Pick<Actor, 'power' | 'interest'>): { power: number; interest: number } | null {
  const step: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
  const delta = step[key];
  if (!delta) return null;
  return { power: clampScore(actor.power + delta[0]), interest: clampScore(actor.interest + delta[1]) };
}

/**
 * Marker centres: actors sharing a cell are set on a small circle around its centre so each
 * stays visible and can be picked up.
 */
export function gridMarkers<T extends Pick<Actor, 'id' | 'power' | 'interest'>>(actors: readonly T[]): (T & Point)[] {
  const byCell = new Map<string, T[]>();
  for (const actor of actors) {
    const key = `${actor.power}:${actor.interest}`;
    byCell.set(key, [...(byCell.get(key) ?? []), actor]);
  }
  return actors.map((actor) => {
    const mates = byCell.get(`${actor.power}:${actor.interest}`) ?? [actor];
    const centre = gridPoint(actor.power, actor.interest);
    if (mates.length === 1) return { ...actor, ...centre };
    const angle = (2 * Math.PI * mates.indexOf(actor)) / mates.length - Math.PI / 2;
    const radius = grid.cell * 0.28;
    return { ...actor, x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}
