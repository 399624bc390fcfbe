import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import type { Point } from './gridLayout';

/** The point of an SVG drawing under the pointer, whatever size the drawing is shown at. */
function svgPoint(svg: SVGSVGElement, event: PointerEvent): Point {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: 0, y: 0 };
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return { x: point.x, y: point.y };
}

/**
 * Dragging markers in an SVG view: the marker follows the pointer while held and `onDrop`
 * gets the point where it was let go (the view turns it into ratings or a ring). A press
 * without movement is left alone, so a click only focuses the marker.
 */
export function useMarkerDrag(svgRef: RefObject<SVGSVGElement | null>, onDrop: (id: string, point: Point) => void) {
  const [dragging, setDragging] = useState<{ id: string; point: Point } | undefined>();
  const start = useRef<Point | undefined>(undefined);

  const handlers = (id: string) => ({
    onPointerDown: (event: PointerEvent<SVGElement>) => {
      if (event.button !== 0 || !svgRef.current) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      start.current = svgPoint(svgRef.current, event);
    },
    onPointerMove: (event: PointerEvent<SVGElement>) => {
      if (!start.current || !svgRef.current) return;
      const point = svgPoint(svgRef.current, event);
      if (!dragging && Math.hypot(point.x - start.current.x, point.y - start.current.y) < 4) return;
      setDragging({ id, point });
    },
    onPointerUp: (event: PointerEvent<SVGElement>) => {
      start.current = undefined;
      if (dragging?.id === id && svgRef.current) onDrop(id, svgPoint(svgRef.current, event));
      setDragging(undefined);
    },
    onPointerCancel: () => {
      start.current = undefined;
      setDragging(undefined);
    },
  });

  return { dragging, handlers };
}
