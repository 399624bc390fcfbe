import { describe, expect, it } from 'vitest';
import type { BoardElement } from '../../shared/board/elements';
import { deriveFlow, emptyFlowCache, stackingOrder, type DeriveOptions } from './deriveFlow';
import type { ElementIndex } from './elementStore';

const base = { width: 180, height: 120, locked: false, createdBy: 'me' };
const note = (id: string, z: number, text = id): BoardElement => ({ ...base, id, type: 'note', x: z * 10, y: 0, z, text, color: 'yellow', author: '', tags: [], hidden: false });
const zone = (id: string, z: number): BoardElement => ({ ...base, id, type: 'zone', x: 0, y: 0, z, locked: true, zoneKey: 'a', title: 'A', prompt: '', color: '#ffffff' });
const connector = (id: string, from: string, to: string): BoardElement => ({ ...base, id, type: 'connector', x: 0, y: 0, z: 99, from, to, fromSide: null, toSide: 'left', label: 'l', arrow: true });
const index = (...elements: BoardElement[]): ElementIndex => new Map(elements.map((element) => [element.id, element]));
const describe_ = (element: BoardElement) => ({ label: `${element.type}:${element.id}`, kind: element.type });
const options = (selected: string[] = [], level: DeriveOptions['level'] = 'full'): DeriveOptions => ({ selected: new Set(selected), level, describe: describe_ });

describe('deriveFlow', () => {
  it('turns elements into nodes and connectors into edges, zones behind everything', () => {
    const flow = deriveFlow(index(note('a', 5), zone('z', 9), connector('c', 'a', 'z')), options(['a']), emptyFlowCache());
    expect(flow.nodes.map((node) => node.id)).toEqual(['z', 'a']);
    expect(flow.nodes[0]).toMatchObject({ type: 'zone', draggable: false, selectable: false, zIndex: 1, ariaLabel: 'zone:z' });
    expect(flow.nodes[1]).toMatchObject({ type: 'note', selected: true, position: { x: 50, y: 0 }, width: 180, zIndex: 2 });
    expect(flow.edges).toEqual([expect.objectContaining({ id: 'c', source: 'a', target: 'z', sourceHandle: null, targetHandle: 'left', type: 'connector' })]);
  });

  it('keeps the node objects of unchanged elements and replaces only the changed one', () => {
    const a = note('a', 1);
    const b = note('b', 2);
    const opts = options();
    const first = deriveFlow(index(a, b), opts, emptyFlowCache());
    const second = deriveFlow(index(a, { ...b, text: 'new' } as BoardElement), opts, first);
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[1]).not.toBe(first.nodes[1]);
    expect(second.nodes[1]!.data.element.type === 'note' && second.nodes[1]!.data.element.text).toBe('new');
  });

  it('gives a new object only to the nodes whose selection changed', () => {
    const elements = index(note('a', 1), note('b', 2));
    const first = deriveFlow(elements, options(), emptyFlowCache());
    const second = deriveFlow(elements, options(['b']), first);
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[1]).toMatchObject({ selected: true });
  });

  it('rebuilds every label when the describing function changes (a new language)', () => {
    const elements = index(note('a', 1));
    const first = deriveFlow(elements, options(), emptyFlowCache());
    const second = deriveFlow(elements, { ...options(), describe: (element: BoardElement) => ({ label: `nota ${element.id}`, kind: 'nota' }) }, first);
    expect(second.nodes[0]).not.toBe(first.nodes[0]);
    expect(second.nodes[0]!.ariaLabel).toBe('nota a');
  });

  it('at block detail keeps only zones and frames as nodes and drops the edges', () => {
    const flow = deriveFlow(index(note('a', 1), zone('z', 2), connector('c', 'a', 'z')), options([], 'blocks'), emptyFlowCache());
    expect(flow.nodes.map((node) => node.id)).toEqual(['z']);
    expect(flow.edges).toEqual([]);
  });

  it('orders by layer, then z, then id', () => {
    expect(stackingOrder([note('b', 1), note('a', 1), zone('z', 5), note('c', 0)]).map((element) => element.id)).toEqual(['z', 'c', 'a', 'b']);
  });
});
