import { useStore } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import type { CanvasElement } from './elementStore';
import { paintBlocks, prepareCanvas } from './paintBlocks';

/** The whole-board view: every element but zones and frames painted as blocks on one canvas. */
export function BlockLayer({ elements, byId }: { elements: readonly CanvasElement[]; byId: ReadonlyMap<string, CanvasElement> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const transform = useStore((state) => state.transform);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  useLayoutEffect(() => {
    if (!canvas.current) return;
    const context = prepareCanvas(canvas.current, width, height);
    if (context) paintBlocks(context, elements, byId, { x: transform[0], y: transform[1], zoom: transform[2] }, { width, height }, true);
  }, [byId, elements, height, transform, width]);
  return <canvas ref={canvas} className="canvas-blocks" style={{ width, height }} aria-hidden="true" />;
}
