import type { Edge, Node } from '@xyflow/react';
import type { ConnectorElement } from '../../shared/board/elements';
import type { CanvasElement, ElementIndex } from './elementStore';
import { staysLive, type DetailLevel } from './lod';

export type ElementNodeData = { element: CanvasElement };
export type ElementNode = Node<ElementNodeData>;
export type ConnectorEdgeData = { element: ConnectorElement };
export type ConnectorEdge = Edge<ConnectorEdgeData>;

export interface DeriveOptions {
  selected: ReadonlySet<string>;
  level: DetailLevel;
  /** Screen-reader name ("Yellow note: …") and kind of an element; a new function rebuilds every label. */
  describe(element: CanvasElement, lookup: ElementIndex): { label: string; kind: string };
}

/** What the last derivation produced, so unchanged elements keep their node objects. */
export interface FlowCache {
  elements: ElementIndex | undefined;
  options: DeriveOptions | undefined;
  nodes: ElementNode[];
  edges: ConnectorEdge[];
  nodeById: Map<string, ElementNode>;
  edgeById: Map<string, ConnectorEdge>;
}

export const emptyFlowCache = (): FlowCache => ({ elements: undefined, options: undefined, nodes: [], edges: [], nodeById: new Map(), edgeById: new Map() });

const layer = (element: CanvasElement) => (element.type === 'zone' ? 0 : element.type === 'frame' ? 1 : 2);

/** Painting order: zones behind frames behind everything else, then by the element's own z. */
export function stackingOrder(elements: Iterable<CanvasElement>): CanvasElement[] {
  return [...elements].sort((a, b) => layer(a) - layer(b) || a.z - b.z || (a.id < b.id ? -1 : 1));
}

function toNode(element: CanvasElement, zIndex: number, options: DeriveOptions, lookup: ElementIndex): ElementNode {
  const zone = element.type === 'zone';
  const { label, kind } = options.describe(element, lookup);
  return {
    id: element.id,
    type: element.type,
    position: { x: element.x, y: element.y },
    width: element.width,
    height: element.height,
    zIndex,
    data: { element },
    selected: options.selected.has(element.id),
    draggable: !element.locked && !zone,
    selectable: !zone,
    deletable: !element.locked && !zone,
    connectable: !zone,
    ariaLabel: label,
    domAttributes: { 'aria-roledescription': kind },
  };
}

function toEdge(element: ConnectorElement, options: DeriveOptions, lookup: ElementIndex): ConnectorEdge {
  return {
    id: element.id,
    type: 'connector',
    source: element.from,
    target: element.to,
    sourceHandle: element.fromSide,
    targetHandle: element.toSide,
    data: { element },
    selected: options.selected.has(element.id),
    deletable: !element.locked,
    ariaLabel: options.describe(element, lookup).label,
  };
}

/**
 * React Flow's nodes and edges, derived from the document's elements. Only an element whose
 * values, selection or stacking changed gets a new object, so memoised node components of all
 * the others skip rendering. At block detail only zones and frames stay as nodes.
 */
export function deriveFlow(elements: ElementIndex, options: DeriveOptions, cache: FlowCache): FlowCache {
  if (cache.elements === elements && cache.options === options) return cache;
  const reuseAll = cache.options?.describe === options.describe;
  const nodeById = new Map<string, ElementNode>();
  const edgeById = new Map<string, ConnectorEdge>();
  const nodes: ElementNode[] = [];
  const edges: ConnectorEdge[] = [];
  let zIndex = 0;
  for (const element of stackingOrder(elements.values())) {
    if (element.type === 'connector') {
      if (options.level === 'blocks') continue;
      const before = cache.edgeById.get(element.id);
      const selected = options.selected.has(element.id);
      const edge = reuseAll && before && before.data?.element === element && before.selected === selected ? before : toEdge(element, options, elements);
      edgeById.set(element.id, edge);
      edges.push(edge);
      continue;
    }
    zIndex += 1;
    if (options.level === 'blocks' && !staysLive(element.type)) continue;
    const before = cache.nodeById.get(element.id);
    const selected = options.selected.has(element.id);
    const node =
      reuseAll && before && before.data.element === element && before.selected === selected && before.zIndex === zIndex
        ? before
        : toNode(element, zIndex, options, elements);
    nodeById.set(element.id, node);
    nodes.push(node);
  }
  return { elements, options, nodes, edges, nodeById, edgeById };
}

/** A derivation that remembers its last result, for one canvas. */
export function createFlowDeriver() {
  let last = emptyFlowCache();
  return (elements: ElementIndex, options: DeriveOptions): FlowCache => (last = deriveFlow(elements, options, last));
}
