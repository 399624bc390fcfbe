import { onionRing, proximities, type Actor, type Proximity } from '../../../shared/domain/actor';
import type { Point } from './gridLayout';

/** The onion drawn as four concentric rings, core in the middle; sizes in SVG units. */
export const onion = { size: 560, ringWidth: 64, core: 80 } as const;
export const onionCentre: Point = { x: onion.size / 2, y: onion.size / 2 };

/** Outer radius of ring `ring` (0 = core). */
export function ringOuterRadius(ring: number): number {
  return onion.core + ring * onion.ringWidth;
}

function ringMiddle(ring: number): number {
  return ring === 0 ? onion.core * 0.5 : ringOuterRadius(ring) - onion.ringWidth / 2;
}

/** The proximity of the ring under a point (a drop); outside the onion counts as context. */
export function proximityAt(point: Point): Proximity {
  const distance = Math.hypot(point.x - onionCentre.x, point.y - onionCentre.y);
  const ring = proximities.findIndex((_, index) => distance <= ringOuterRadius(index));
  return proximities[ring < 0 ? proximities.length - 1 : ring] as Proximity;
}

/** Up/left move an actor towards the core, down/right away from it. */
export function onionKeyStep(key: string, proximity: Proximity): Proximity | null {
  const delta = key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : key === 'ArrowDown' || key === 'ArrowRight' ? 1 : 0;
  if (delta === 0) return null;
  const ring = Math.max(0, Math.min(proximities.length - 1, proximities.indexOf(proximity) + delta));
  return proximities[ring] as Proximity;
}

/**
 * Marker centres: the actors of each ring spread evenly around it, each ring turned a little
 * so markers of neighbouring rings do not line up.
 */
export function onionMarkers<T extends Pick<Actor, 'id' | 'proximity'>>(actors: readonly T[]): (T & Point)[] {
  const byRing = proximities.map((proximity) => actors.filter((actor) => actor.proximity === proximity));
  return actors.map((actor) => {
    const ring = onionRing(actor);
    const mates = byRing[ring] ?? [actor];
    const index = mates.indexOf(actor);
    if (ring === 0 && mates.length === 1) return { ...actor, ...onionCentre };
    // The core's markers start on the right, clear of the ring's label at the top.
    const start = ring === 0 ? 0 : -Math.PI / 2 + ring * 0.4;
    const angle = (2 * Math.PI * index) / mates.length + start;
    const radius = ringMiddle(ring);
    return { ...actor, x: onionCentre.x + radius * Math.cos(angle), y: onionCentre.y + radius * Math.sin(angle) };
  });
}
