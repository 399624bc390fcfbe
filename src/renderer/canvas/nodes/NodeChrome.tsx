import { Handle, NodeResizer, Position } from '@xyflow/react';
import { sides } from '../../../shared/board/elements';

const positions = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left } as const;

/**
 * What every movable element shares: resize handles while it is selected and unlocked, and a
 * connection point on each side (drag from one to another element to connect them).
 */
export function NodeChrome({ selected, locked, minWidth = 40, minHeight = 30 }: { selected: boolean; locked: boolean; minWidth?: number; minHeight?: number }) {
  return (
    <>
      <NodeResizer isVisible={selected && !locked} minWidth={minWidth} minHeight={minHeight} color="var(--canvas-selection)" />
      {sides.map((side) => (
        <Handle key={side} id={side} type="source" position={positions[side]} className="canvas-handle" isConnectable={!locked} />
      ))}
    </>
  );
}
