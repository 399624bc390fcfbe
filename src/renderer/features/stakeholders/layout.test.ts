import { describe, expect, it } from 'vitest';
import { initials } from './initials';
import { gridKeyStep, gridMarkers, gridPoint, scoresAt } from './gridLayout';
import { networkLayout, network } from './networkLayout';
import { onionKeyStep, onionMarkers, onionCentre, proximityAt, ringOuterRadius } from './onionLayout';

describe('power/interest grid geometry', () => {
  it('maps a drop back to the ratings of the cell it lands in', () => {
    for (const power of [1, 3, 5]) {
      for (const interest of [1, 4, 5]) expect(scoresAt(gridPoint(power, interest))).toEqual({ power, interest });
    }
    expect(scoresAt({ x: -500, y: 9999 })).toEqual({ power: 1, interest: 1 });
    expect(gridPoint(5, 1).y).toBeLessThan(gridPoint(1, 1).y);
  });

  it('steps ratings with the arrow keys and stops at the edges', () => {
    expect(gridKeyStep('ArrowUp', { power: 3, interest: 3 })).toEqual({ power: 4, interest: 3 });
    expect(gridKeyStep('ArrowLeft', { power: 3, interest: 1 })).toEqual({ power: 3, interest: 1 });
    expect(gridKeyStep('Enter', { power: 3, interest: 3 })).toBeNull();
  });

  it('keeps actors sharing a cell apart', () => {
    const [a, b] = gridMarkers([{ id: 'a', power: 2, interest: 2 }, { id: 'b', power: 2, interest: 2 }]);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(30);
    expect(scoresAt(a!)).toEqual({ power: 2, interest: 2 });
  });
});

describe('onion geometry', () => {
  it('places each actor inside its own ring', () => {
    const actors = (['core', 'direct', 'direct', 'indirect', 'context'] as const).map((proximity, index) => ({ id: String(index), proximity }));
    for (const marker of onionMarkers(actors)) expect(proximityAt(marker)).toBe(marker.proximity);
  });

  it('finds the ring under a drop and moves actors in and out by keyboard', () => {
    expect(proximityAt(onionCentre)).toBe('core');
    expect(proximityAt({ x: onionCentre.x + ringOuterRadius(3) + 50, y: onionCentre.y })).toBe('context');
    expect(onionKeyStep('ArrowUp', 'indirect')).toBe('direct');
    expect(onionKeyStep('ArrowLeft', 'core')).toBe('core');
    expect(onionKeyStep('ArrowDown', 'indirect')).toBe('context');
    expect(onionKeyStep('a', 'core')).toBeNull();
  });
});

describe('network layout', () => {
  it('lays out every actor inside the drawing, the same way each time', () => {
    const actors = Array.from({ length: 12 }, (_, index) => ({ id: `a${index}` }));
    const relationships = [{ from: 'a0', to: 'a1', strength: 3 }, { from: 'a1', to: 'a2', strength: 1 }, { from: 'a0', to: 'gone', strength: 2 }];
    const first = networkLayout(actors, relationships);
    expect(first.size).toBe(12);
    for (const point of first.values()) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(network.width);
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(network.height);
    }
    expect(networkLayout(actors, relationships)).toEqual(first);
    const points = [...first.values()];
    const closest = Math.min(...points.flatMap((p, i) => points.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
    expect(closest).toBeGreaterThan(network.nodeRadius);
  });

  it('handles an empty or single-actor register', () => {
    expect(networkLayout([], []).size).toBe(0);
    expect(networkLayout([{ id: 'solo' }], []).get('solo')).toEqual({ x: network.width / 2, y: network.height / 2 });
  });
});

describe('marker initials', () => {
  it('skips short joining words and falls back to a question mark', () => {
    expect(initials('Secretaría de Movilidad')).toBe('SM');
    expect(initials('Juntas de acción comunal')).toBe('JA');
    expect(initials('BID')).toBe('B');
    expect(initials('ICBF regional')).toBe('IR');
    expect(initials('  ')).toBe('?');
  });
});
