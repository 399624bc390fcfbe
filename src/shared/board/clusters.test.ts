import { describe, expect, it } from 'vitest';
import type { BoardElement } from './elements';
import { nextClusterSlot, readClusters } from './clusters';

const base = { z: 1, locked: false, createdBy: 'a' };
const frame = (id: string, x: number, y: number, width = 400, height = 300, title = id): BoardElement => ({ ...base, id, type: 'frame', x, y, width, height, title, order: 0 });
const note = (id: string, x: number, y: number): BoardElement => ({
  ...base, id, type: 'note', x, y, width: 100, height: 80, text: id, color: 'yellow', author: '', tags: [], hidden: false,
});

describe('affinity clusters', () => {
  it('puts each note in the group its centre lies in, the smallest when groups nest', () => {
    const elements = [frame('Salud', 0, 0), frame('Urgencias', 20, 20, 200, 150), frame('Movilidad', 500, 0), note('a', 40, 40), note('b', 300, 100), note('c', 520, 10), note('d', 1000, 1000)];
    expect(readClusters(elements)).toEqual({
      clusters: [
        { id: 'Salud', title: 'Salud', noteIds: ['b'] },
        { id: 'Movilidad', title: 'Movilidad', noteIds: ['c'] },
        { id: 'Urgencias', title: 'Urgencias', noteIds: ['a'] },
      ],
      ungrouped: ['d'],
    });
  });

  it('places a new group in the first free cell of the clusters area', () => {
    const area = { x: 1000, y: 0, width: 900, height: 800 };
    expect(nextClusterSlot([], area)).toEqual({ x: 1010, y: 60 });
    const first = frame('one', 1010, 60, 420, 360);
    expect(nextClusterSlot([first], area)).toEqual({ x: 1450, y: 60 });
    const second = frame('two', 1450, 60, 420, 360);
    expect(nextClusterSlot([first, second], area)).toEqual({ x: 1010, y: 440 });
  });
});
