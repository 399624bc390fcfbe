import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useLatest } from './useLatest';
import { createFlowDeriver, stackingOrder, type DeriveOptions, type ElementNode } from './deriveFlow';
import type { CanvasElement, ElementStore } from './elementStore';
import type { DetailLevel } from './lod';

type Override = { position?: { x: number; y: number }; width?: number; height?: number };

/** Applies the in-flight drag and resize of a few nodes on top of the derived ones. */
export function withOverrides(nodes: ElementNode[], overrides: ReadonlyMap<string, Override>): ElementNode[] {
  if (overrides.size === 0) return nodes;
  return nodes.map((node) => {
    const override = overrides.get(node.id);
    return override ? { ...node, ...override } : node;
  });
}

/** The selection after React Flow's select changes; the same set when nothing changed. */
export function applySelection(current: ReadonlySet<string>, changes: readonly (NodeChange | EdgeChange)[]): ReadonlySet<string> {
  let next: Set<string> | undefined;
  for (const change of changes) {
    if (change.type !== 'select' || change.selected === current.has(change.id)) continue;
    next ??= new Set(current);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next ?? current;
}

/**
 * React Flow's state for one board: derived from the document, plus this tab's selection and
 * the positions of what is being dragged or resized right now (written to the document only
 * when the gesture ends, so one drag is one undo step and one update).
 */
export function useFlowState(store: ElementStore, level: DetailLevel, describe: DeriveOptions['describe']) {
  const elements = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(new Map());
  // Remembers the previous derivation, so unchanged elements keep their node objects.
  const [derive] = useState(createFlowDeriver);

  const options = useMemo<DeriveOptions>(() => ({ selected, level, describe }), [describe, level, selected]);
  const flow = useMemo(() => derive(elements, options), [derive, elements, options]);
  const nodes = useMemo(() => withOverrides(flow.nodes, overrides), [flow.nodes, overrides]);
  const ordered = useMemo<CanvasElement[]>(() => stackingOrder(elements.values()), [elements]);

  // Selected ids that no longer exist (deleted here or elsewhere) drop out of the selection.
  const liveSelection = useMemo(() => {
    const kept = [...selected].filter((id) => elements.has(id));
    return kept.length === selected.size ? selected : new Set(kept);
  }, [elements, selected]);

  const onNodesChange = useCallback((changes: NodeChange<ElementNode>[]) => {
    setSelected((current) => applySelection(current, changes));
    const resizing = new Set(changes.flatMap((change) => (change.type === 'dimensions' && change.resizing ? [change.id] : [])));
    let moves: Map<string, Override> | undefined;
    for (const change of changes) {
      if (change.type === 'position' && change.position && (change.dragging || resizing.has(change.id))) {
        moves ??= new Map();
        moves.set(change.id, { ...moves.get(change.id), position: change.position });
      } else if (change.type === 'dimensions' && change.resizing && change.dimensions) {
        moves ??= new Map();
        moves.set(change.id, { ...moves.get(change.id), width: change.dimensions.width, height: change.dimensions.height });
      }
    }
    if (!moves) return;
    const next = moves;
    setOverrides((current) => {
      const merged = new Map(current);
      for (const [id, value] of next) merged.set(id, { ...merged.get(id), ...value });
      return merged;
    });
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setSelected((current) => applySelection(current, changes));
  }, []);

  const overridesRef = useLatest(overrides);
  const currentOverrides = useCallback(() => overridesRef.current, [overridesRef]);
  const clearOverrides = useCallback(() => setOverrides((current) => (current.size === 0 ? current : new Map())), []);

  return { elements, ordered, nodes, edges: flow.edges, selected: liveSelection, setSelected, onNodesChange, onEdgesChange, currentOverrides, clearOverrides };
}
