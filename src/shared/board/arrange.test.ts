import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { alignElements, distributeElements, reorderElements } from './arrange';
import { readElement, readElements } from './elementMaps';
import { elementsBounds, snapToGrid } from './geometry';
import { addElement } from './ops';

const me = 'me';

function threeNotes() {
  const doc = new Y.Doc();
  const a = addElement(doc, { type: 'note', x: 0, y: 0, width: 100, height: 50 }, me, 'c');
  const b = addElement(doc, { type: 'note', x: 150, y: 40, width: 50, height: 100 }, me, 'c');
  const c = addElement(doc, { type: 'note', x: 400, y: 10, width: 200, height: 20 }, me, 'c');
  return { doc, a, b, c };
}

const at = (doc: Y.Doc, id: string) => {
  const element = readElement(doc, id)!;
  return [element.x, element.y];
};

describe('align', () => {
  it.each([
    ['left', [[0, 0], [0, 40], [0, 10]]],
    ['right', [[500, 0], [550, 40], [400, 10]]],
    ['hcenter', [[250, 0], [275, 40], [200, 10]]],
    ['top', [[0, 0], [150, 0], [400, 0]]],
    ['bottom', [[0, 90], [150, 40], [400, 120]]],
    ['vcenter', [[0, 45], [150, 20], [400, 60]]],
  ] as const)('aligns %s on the selection bounds', (alignment, expected) => {
    const { doc, a, b, c } = threeNotes();
    alignElements(doc, [a, b, c], alignment, me);
    expect([at(doc, a), at(doc, b), at(doc, c)]).toEqual(expected);
  });

  it('leaves locked elements, connectors and single selections alone', () => {
    const { doc, a, b } = threeNotes();
    const zone = addElement(doc, { type: 'zone', x: -500, y: 0 }, me, 'c');
    const link = addElement(doc, { type: 'connector', x: -900, y: 0, from: a, to: b }, me, 'c');
    expect(alignElements(doc, [a], 'left', me)).toEqual([]);
    expect(alignElements(doc, [a, b, zone, link], 'left', me)).toEqual([b]);
    expect(at(doc, zone)).toEqual([-500, 0]);
    expect(at(doc, b)).toEqual([0, 40]);
  });
});

describe('distribute', () => {
  it('makes the gaps between neighbours equal, ends fixed', () => {
    const { doc, a, b, c } = threeNotes();
    // span 0..600, sizes 100+50+200 = 350, so two gaps of 125
    expect(distributeElements(doc, [c, a, b], 'horizontal', me)).toEqual([b]);
    expect(at(doc, b)).toEqual([225, 40]);
    expect(distributeElements(doc, [a, b], 'vertical', me)).toEqual([]);
  });

  it('distributes vertically by centre order', () => {
    const doc = new Y.Doc();
    const ids = [0, 300, 50].map((y) => addElement(doc, { type: 'note', x: 0, y, width: 10, height: 100 }, me, 'c'));
    distributeElements(doc, ids, 'vertical', me);
    expect(ids.map((id) => readElement(doc, id)!.y)).toEqual([0, 300, 150]);
  });
});

describe('reorder', () => {
  const order = (doc: Y.Doc) => readElements(doc).sort((x, y) => x.z - y.z).map((element) => element.id);

  it('brings to front and sends to back keeping the selection order', () => {
    const { doc, a, b, c } = threeNotes();
    const d = addElement(doc, { type: 'note', x: 0, y: 0 }, me, 'c');
    reorderElements(doc, [a, b], 'front', me);
    expect(order(doc)).toEqual([c, d, a, b]);
    reorderElements(doc, [b, d], 'back', me);
    expect(order(doc)).toEqual([d, b, c, a]);
  });

  it('moves one step forward or backward past unselected neighbours only', () => {
    const { doc, a, b, c } = threeNotes();
    const d = addElement(doc, { type: 'note', x: 0, y: 0 }, me, 'c');
    reorderElements(doc, [a, b], 'forward', me);
    expect(order(doc)).toEqual([c, a, b, d]);
    reorderElements(doc, [d], 'backward', me);
    expect(order(doc)).toEqual([c, a, d, b]);
    // already at the top: nothing to change
    expect(reorderElements(doc, [b], 'forward', me)).toEqual([]);
  });

  it('writes only the elements whose order changed', () => {
    const doc = new Y.Doc();
    const ids = Array.from({ length: 50 }, (_, index) => addElement(doc, { type: 'note', x: index, y: 0 }, me, 'c'));
    expect(reorderElements(doc, [ids[10]!], 'forward', me).sort()).toEqual([ids[10]!, ids[11]!].sort());
    expect(reorderElements(doc, [ids[0]!], 'front', me)).toEqual([ids[0]!]);
  });

  it('does not reorder locked elements', () => {
    const { doc, a } = threeNotes();
    const zone = addElement(doc, { type: 'zone', x: 0, y: 0 }, me, 'c');
    expect(reorderElements(doc, [zone], 'back', me)).toEqual([]);
    expect(reorderElements(doc, [zone, a], 'front', me)).toEqual([a]);
  });
});

describe('geometry', () => {
  it('snaps to the grid', () => {
    expect(snapToGrid(14)).toBe(10);
    expect(snapToGrid(15)).toBe(20);
    expect(snapToGrid(-26)).toBe(-30);
    expect(snapToGrid(37, 25)).toBe(25);
    expect(snapToGrid(37, 0)).toBe(37);
  });

  it('bounds the elements, ignoring connectors', () => {
    const { doc, a, b } = threeNotes();
    addElement(doc, { type: 'connector', x: 5_000, y: 5_000, from: a, to: b }, me, 'c');
    expect(elementsBounds(readElements(doc))).toEqual({ x: 0, y: 0, width: 600, height: 140 });
    expect(elementsBounds([])).toBeUndefined();
  });
});
