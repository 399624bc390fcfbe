import { useReactFlow, useStore } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { elementsBounds } from '../../shared/board/geometry';
import type { CanvasElement } from './elementStore';
import { paintBlocks, prepareCanvas } from './paintBlocks';

const size = { width: 200, height: 130 };
const margin = 40;

/**
 * An overview of the whole board with the visible area outlined; click or drag to move there.
 * The elements are painted once into an offscreen canvas, so panning only redraws the outline.
 */
export function Minimap({ elements, byId }: { elements: readonly CanvasElement[]; byId: ReadonlyMap<string, CanvasElement> }) {
  const { t } = useTranslation('boards');
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const transform = useStore((state) => state.transform);
  const viewWidth = useStore((state) => state.width);
  const viewHeight = useStore((state) => state.height);
  const bounds = useMemo(() => elementsBounds(elements) ?? { x: 0, y: 0, width: 1000, height: 700 }, [elements]);
  const scale = Math.min(size.width / (bounds.width + margin * 2), size.height / (bounds.height + margin * 2));
  const origin = { x: bounds.x - margin, y: bounds.y - margin };

  const picture = useMemo(() => {
    const offscreen = document.createElement('canvas');
    const context = prepareCanvas(offscreen, size.width, size.height);
    if (context) paintBlocks(context, elements, byId, { x: -origin.x * scale, y: -origin.y * scale, zoom: scale }, size, false);
    return offscreen;
    // origin and scale follow from elements
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, byId]);

  useLayoutEffect(() => {
    if (!canvas.current) return;
    const context = prepareCanvas(canvas.current, size.width, size.height);
    if (!context) return;
    context.drawImage(picture, 0, 0, size.width, size.height);
    const [tx, ty, zoom] = transform;
    context.strokeStyle = '#1d4ed8';
    context.lineWidth = 2;
    context.strokeRect((-tx / zoom - origin.x) * scale, (-ty / zoom - origin.y) * scale, (viewWidth / zoom) * scale, (viewHeight / zoom) * scale);
  }, [origin.x, origin.y, picture, scale, transform, viewHeight, viewWidth]);

  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - rect.left) / scale + origin.x;
    const y = (event.clientY - rect.top) / scale + origin.y;
    void flow.setCenter(x, y, { zoom: transform[2] });
  };

  return (
    <canvas
      ref={canvas}
      className="canvas-minimap nopan nowheel"
      style={size}
      role="img"
      aria-label={t('canvas.minimap')}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons === 1) moveTo(event);
      }}
    />
  );
}
