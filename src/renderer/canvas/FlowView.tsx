import { ConnectionMode, ReactFlow, SelectionMode, type Connection, type OnNodeDrag, type Viewport } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BlockLayer } from './BlockLayer';
import type { ConnectorEdge, ElementNode } from './deriveFlow';
import type { CanvasElement } from './elementStore';
import type { DetailLevel } from './lod';
import { Minimap } from './Minimap';
import { edgeTypes, nodeTypes } from './nodes/nodeTypes';

export const zoomLimits = { min: 0.05, max: 4 };
const multiSelectKeys = ['Shift', 'Meta', 'Control'];
const gridSize: [number, number] = [10, 10];

/** React Flow configured for a board: controlled nodes, our own keyboard map, level of detail. */
export const FlowView = memo(function FlowView({
  nodes,
  edges,
  level,
  ordered,
  byId,
  snap,
  initialViewport,
  handlers,
}: {
  nodes: ElementNode[];
  edges: ConnectorEdge[];
  level: DetailLevel;
  ordered: readonly CanvasElement[];
  byId: ReadonlyMap<string, CanvasElement>;
  snap: boolean;
  initialViewport: Viewport;
  handlers: {
    onNodesChange: React.ComponentProps<typeof ReactFlow<ElementNode, ConnectorEdge>>['onNodesChange'];
    onEdgesChange: React.ComponentProps<typeof ReactFlow<ElementNode, ConnectorEdge>>['onEdgesChange'];
    onNodeDragStop: OnNodeDrag<ElementNode>;
    onConnect(connection: Connection): void;
    onEdit(id: string): void;
  };
}) {
  const { t } = useTranslation('boards');
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('canvas.nodeHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ direction }: { direction: string }) => t('canvas.moved', { direction }),
      'edge.a11yDescription.default': t('canvas.edgeHelp'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    [t],
  );
  return (
    <ReactFlow<ElementNode, ConnectorEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={handlers.onNodesChange}
      onEdgesChange={handlers.onEdgesChange}
      onNodeDragStop={handlers.onNodeDragStop}
      onConnect={handlers.onConnect}
      onConnectEnd={(event, connection) => {
        // Dropped on an element's body rather than on one of its connection points: connect to it anyway.
        if (connection.isValid || !connection.fromNode) return;
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const target = point ? document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.react-flow__node')?.dataset['id'] : undefined;
        if (target) handlers.onConnect({ source: connection.fromNode.id, sourceHandle: connection.fromHandle?.id ?? null, target, targetHandle: null });
      }}
      onNodeDoubleClick={(_, node) => {
        if (node.type !== 'zone') handlers.onEdit(node.id);
      }}
      onEdgeDoubleClick={(_, edge) => handlers.onEdit(edge.id)}
      connectionMode={ConnectionMode.Loose}
      defaultViewport={initialViewport}
      minZoom={zoomLimits.min}
      maxZoom={zoomLimits.max}
      onlyRenderVisibleElements
      elevateNodesOnSelect={false}
      elevateEdgesOnSelect={false}
      snapToGrid={snap}
      snapGrid={gridSize}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={multiSelectKeys}
      selectionMode={SelectionMode.Partial}
      zoomOnDoubleClick={false}
      panOnScroll={false}
      nodeDragThreshold={3}
      autoPanOnNodeFocus
      ariaLabelConfig={ariaLabelConfig}
      proOptions={{ hideAttribution: true }}
    >
      <svg className="canvas-markers" aria-hidden="true">
        <defs>
          <marker id="canvas-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#4b5563" />
          </marker>
          <marker id="canvas-arrow-selected" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#1d4ed8" />
          </marker>
        </defs>
      </svg>
      {level === 'blocks' ? <BlockLayer elements={ordered} byId={byId} /> : null}
      <Minimap elements={ordered} byId={byId} />
    </ReactFlow>
  );
});
