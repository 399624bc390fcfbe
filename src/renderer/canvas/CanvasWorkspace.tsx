import { getViewportForBounds, useReactFlow, useStore, type Connection, type NodeChange, type OnNodeDrag, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addElement, resizeElement } from '../../shared/board/ops';
import { elementsBounds } from '../../shared/board/geometry';
import { useAnnouncer } from '../features/boards/useAnnouncer';
import { useCommentCounts, useVoteTotals } from '../features/facilitation/boardBadges';
import { useUndoState } from '../features/boards/useUndoState';
import { useBenchHook } from './useBenchHook';
import { CanvasActionsContext, type CanvasActions } from './canvasUi';
import { CanvasToolbar, SelectionToolbar, type ToolbarState } from './CanvasToolbar';
import { describeElement } from './describeElement';
import type { ConnectorEdge, DeriveOptions, ElementNode } from './deriveFlow';
import type { ElementStore } from './elementStore';
import { FindBar } from './FindBar';
import { FlowView, zoomLimits } from './FlowView';
import { HelpDialog } from './HelpDialog';
import { blockZoomThreshold, detailLevel } from './lod';
import { elementsRoot } from '../../shared/board/elementMaps';
import { canvasClientId, canvasOrigin } from './session';
import { useCanvasCommands } from './useCanvasCommands';
import { focusElement, useCanvasEditing, useZoneText } from './useCanvasEditing';
import { useLatest } from './useLatest';
import { boardSelection } from './selectionStore';
import { useCanvasKeys } from './useCanvasKeys';
import { useFlowState } from './useFlowState';
import { useToolbarActions } from './useToolbarActions';

const origin = canvasOrigin;
const fitPadding = 0.1;

/** The board canvas with its toolbar, find bar, help and announcements (inside a ReactFlowProvider). */
/** What the facilitation tools need from the canvas (see BoardPage). */
export interface CanvasSlotContext {
  selectedIds: readonly string[];
  focusFrame(frameId: string): void;
}

export function CanvasWorkspace({
  doc,
  undo,
  store,
  title,
  templateId,
  facilitation,
}: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  store: ElementStore;
  title: string;
  templateId: string;
  facilitation?: ComponentType<CanvasSlotContext>;
}) {
  const Facilitation = facilitation;
  const { t } = useTranslation('boards');
  const flow = useReactFlow<ElementNode, ConnectorEdge>();
  const stage = useRef<HTMLDivElement>(null);
  const { message, announce } = useAnnouncer();
  const { canUndo, canRedo } = useUndoState(undo);
  // Until React Flow has taken the first viewport, the detail follows that viewport, so a board
  // opened zoomed out never mounts its thousands of nodes for one frame.
  const storeLevel = useStore((state) => (state.panZoom ? detailLevel(state.transform[2]) : undefined));
  const [snap, setSnap] = useState(true);
  const [finding, setFinding] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [initialViewport, setInitialViewport] = useState<Viewport>();
  // Before the first viewport is known nothing is drawn yet, so only the few live elements are derived.
  const level = storeLevel ?? (initialViewport ? detailLevel(initialViewport.zoom) : 'blocks');

  const zoneText = useZoneText(templateId, doc);
  const describe = useCallback<DeriveOptions['describe']>(
    (element, lookup) => describeElement(t, element, lookup, (zone) => (zone.type === 'zone' ? zoneText(zone.zoneKey, { title: zone.title, prompt: zone.prompt }).title : '')),
    [t, zoneText],
  );
  const state = useFlowState(store, level, describe);
  const selectedRef = useLatest(state.selected);
  const snapRef = useLatest(snap);
  const editingRef = useRef<CanvasActions>(null);

  const commands = useCanvasCommands({
    doc,
    undo,
    origin,
    clientId: canvasClientId,
    elements: () => store.getSnapshot(),
    selected: () => selectedRef.current,
    select: (ids) => state.setSelected(new Set(ids)),
    announce,
    startEdit: (id) => editingRef.current?.startEdit(id),
    snap: () => snapRef.current,
  });
  const editing = useCanvasEditing({ doc, undo, origin, clientId: canvasClientId, zoneText, announce, format: commands.format });
  useLayoutEffect(() => {
    editingRef.current = editing;
  }, [editing]);

  const fitBoard = useCallback(() => {
    const bounds = elementsBounds([...store.getSnapshot().values()]);
    const box = stage.current?.getBoundingClientRect();
    if (!bounds || !box) return flow.setViewport({ x: 0, y: 0, zoom: 1 });
    return flow.setViewport(getViewportForBounds(bounds, box.width, box.height, zoomLimits.min, 1, fitPadding));
  }, [flow, store]);
  useBenchHook(flow, fitBoard);

  // The first view shows the whole board at no more than 100 %.
  useLayoutEffect(() => {
    const bounds = elementsBounds([...store.getSnapshot().values()]);
    const box = stage.current?.getBoundingClientRect();
    setInitialViewport(bounds && box ? getViewportForBounds(bounds, box.width, box.height, zoomLimits.min, 1, fitPadding) : { x: 40, y: 40, zoom: 1 });
  }, [store]);

  // Marks the stage once the first frame with the elements has painted (the board-render benchmark waits for it).
  useEffect(() => {
    if (!initialViewport) return;
    // Named steps of opening a board, read by the board benchmark (bench/board.ts).
    performance.mark('minga:board-canvas-mounted');
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => stage.current?.setAttribute('data-board-ready', ''));
    });
    return () => cancelAnimationFrame(frame);
  }, [initialViewport]);

  // Text is only drawn at a legible zoom: editing from the overview first zooms in on the element.
  const editLegibly = useCallback(
    (id: string) => {
      // Read from the document: an element added a moment ago may not be in the view's snapshot yet.
      const element = elementsRoot(doc).get(id);
      if (element && flow.getZoom() < blockZoomThreshold) {
        const at = (key: string) => Number(element.get(key) ?? 0);
        void flow.setCenter(at('x') + at('width') / 2, at('y') + at('height') / 2, { zoom: 1 });
      }
      editing.startEdit(id);
    },
    [doc, editing, flow],
  );
  const toolbar = useToolbarActions({ doc, origin, commands, flow, fitBoard, announce, selected: () => selectedRef.current, elements: () => store.getSnapshot(), setSnap, setFinding, setHelpOpen, startEdit: editLegibly });

  useCanvasKeys(stage, () => selectedRef.current.size > 0, (command) => toolbar.run(command));

  const onNodesChange = useCallback(
    (changes: NodeChange<ElementNode>[]) => {
      state.onNodesChange(changes);
      for (const change of changes) {
        if (change.type !== 'dimensions' || change.resizing !== false) continue;
        const override = state.currentOverrides().get(change.id);
        const element = store.getSnapshot().get(change.id);
        if (!override || !element) continue;
        const position = override.position ?? { x: element.x, y: element.y };
        undo.stopCapturing();
        resizeElement(doc, change.id, { x: Math.round(position.x), y: Math.round(position.y), width: Math.round(override.width ?? element.width), height: Math.round(override.height ?? element.height) }, origin);
        undo.stopCapturing();
        state.clearOverrides();
      }
    },
    [doc, state, store, undo],
  );
  const onNodeDragStop = useCallback<OnNodeDrag<ElementNode>>(
    (_, __, dragged) => {
      commands.commitMoves(dragged.map((node) => ({ id: node.id, x: node.position.x, y: node.position.y })));
      state.clearOverrides();
    },
    [commands, state],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      undo.stopCapturing();
      const id = addElement(
        doc,
        { type: 'connector', x: 0, y: 0, from: connection.source, to: connection.target, fromSide: sideOf(connection.sourceHandle), toSide: sideOf(connection.targetHandle) },
        origin,
        canvasClientId,
      );
      undo.stopCapturing();
      state.setSelected(new Set([id]));
      announce(t('announce.connected'));
    },
    [announce, doc, state, t, undo],
  );
  const handlers = useMemo(
    () => ({ onNodesChange, onEdgesChange: state.onEdgesChange, onNodeDragStop, onConnect, onEdit: (id: string) => editLegibly(id) }),
    [editLegibly, onConnect, onNodeDragStop, onNodesChange, state.onEdgesChange],
  );

  const focusFrame = useCallback(
    (frameId: string) => {
      const frame = store.getSnapshot().get(frameId);
      const box = stage.current?.getBoundingClientRect();
      if (frame && box) void flow.setViewport(getViewportForBounds(frame, box.width, box.height, zoomLimits.min, zoomLimits.max, 0.05), { duration: 300 });
    },
    [flow, store],
  );

  const onMatches = useCallback(
    (ids: readonly string[], current: string | undefined) => {
      editing.ui.setState({ matches: new Set(ids), currentMatch: current });
      const element = current ? store.getSnapshot().get(current) : undefined;
      if (!element || element.type === 'connector') return;
      void flow.setCenter(element.x + element.width / 2, element.y + element.height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 200 });
      announce(t('announce.found', { current: ids.indexOf(current!) + 1, total: ids.length, text: describe(element, store.getSnapshot()).label }));
    },
    [announce, describe, editing.ui, flow, store, t],
  );

  const votes = useVoteTotals(doc);
  const comments = useCommentCounts(doc);
  useEffect(() => editing.ui.setState({ votes, comments }), [comments, editing.ui, votes]);

  useEffect(() => {
    if (!finding) editing.ui.setState({ matches: new Set(), currentMatch: undefined });
  }, [editing.ui, finding]);

  const selectedIds = useMemo(() => [...state.selected], [state.selected]);
  useEffect(() => boardSelection.setState({ ids: selectedIds }), [selectedIds]);
  useEffect(() => () => boardSelection.setState({ ids: [] }), []);
  const selection = [...state.selected].flatMap((id) => state.elements.get(id) ?? []);
  const colours = new Set(selection.flatMap((element) => (element.type === 'note' || element.type === 'shape' ? [element.color] : [])));
  const toolbarState: ToolbarState = {
    canUndo,
    canRedo,
    selectionCount: selection.length,
    colour: colours.size === 1 ? [...colours][0] : undefined,
    colourable: colours.size > 0,
    locked: selection.length > 0 && selection.every((element) => element.locked),
    snap,
    ...(selection.length === 1 && selection[0]!.type === 'note' ? { note: { id: selection[0]!.id, author: selection[0]!.author, tags: selection[0]!.tags } } : {}),
  };
  return (
    <CanvasActionsContext.Provider value={editing}>
      <div className="canvas-bar">
        <CanvasToolbar state={toolbarState} actions={toolbar.actions} />
        {Facilitation ? <Facilitation selectedIds={selectedIds} focusFrame={focusFrame} /> : null}
      </div>
      {finding ? <FindBar elements={state.elements} onMatches={onMatches} onClose={() => setFinding(false)} /> : null}
      <div
        ref={stage}
        className="canvas-stage"
        role="region"
        aria-label={t('canvas.label', { title })}
        tabIndex={0}
        onFocus={(event) => {
          const id = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset['id'];
          if (id && !selectedRef.current.has(id) && state.elements.get(id)?.type !== 'zone') state.setSelected(new Set([id]));
        }}
        onDoubleClick={(event) => {
          // Empty space, or a template zone: a zone is a place to put notes, not something to edit.
          const target = event.target as HTMLElement;
          if (!target.classList.contains('react-flow__pane') && !target.closest('.react-flow__node-zone')) return;
          toolbar.addNoteAt(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        }}
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes('Files')) event.preventDefault();
        }}
        onDrop={(event) => {
          const files = [...event.dataTransfer.files];
          if (files.length === 0) return;
          event.preventDefault();
          toolbar.addImages(files, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        }}
      >
        {initialViewport ? (
          <FlowView nodes={state.nodes} edges={state.edges} level={level} ordered={state.ordered} byId={state.elements} snap={snap} initialViewport={initialViewport} handlers={handlers} />
        ) : null}
        <SelectionToolbar state={toolbarState} actions={toolbar.actions} />
        {level === 'blocks' ? <p className="canvas-blocks__hint">{t('canvas.blocks')}</p> : null}
      </div>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <div aria-live="polite" className="board-visually-hidden">
        {message}
      </div>
    </CanvasActionsContext.Provider>
  );
}

const sideOf = (handle: string | null | undefined) =>
  handle === 'top' || handle === 'right' || handle === 'bottom' || handle === 'left' ? handle : null;
export { focusElement };
