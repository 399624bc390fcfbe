import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ShapeElement } from '../../../shared/board/elements';
import { limits } from '../../../shared/domain/limits';
import { notePalette } from '../../features/boards/notePalette';
import { useEditing, useMatch } from '../canvasUi';
import type { ElementNode } from '../deriveFlow';
import type { CanvasElement } from '../elementStore';
import { EditableText } from './EditableText';
import { NodeChrome } from './NodeChrome';

/** Rectangle, ellipse or diamond with text; the outline is drawn in SVG so every shape scales cleanly. */
export const ShapeNode = memo(function ShapeNode({ id, data, selected }: NodeProps<ElementNode>) {
  const shape = data.element as CanvasElement & ShapeElement;
  const editing = useEditing(id);
  const match = useMatch(id);
  const palette = notePalette[shape.color];
  return (
    <>
      <NodeChrome selected={selected} locked={shape.locked} />
      <div className={`canvas-shape${match ? ` canvas-match canvas-match--${match}` : ''}`}>
        <svg className="canvas-shape__outline" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          {shape.shape === 'ellipse' ? (
            <ellipse cx="50" cy="50" rx="49" ry="49" fill={palette.fill} stroke={palette.edge} vectorEffect="non-scaling-stroke" strokeWidth="2" />
          ) : shape.shape === 'diamond' ? (
            <polygon points="50,1 99,50 50,99 1,50" fill={palette.fill} stroke={palette.edge} vectorEffect="non-scaling-stroke" strokeWidth="2" />
          ) : (
            <rect x="1" y="1" width="98" height="98" rx="3" fill={palette.fill} stroke={palette.edge} vectorEffect="non-scaling-stroke" strokeWidth="2" />
          )}
        </svg>
        <EditableText id={id} field="text" text={shape.text} rich={shape.rich} editing={editing} label="element.textField" maxLength={limits.noteText} className="canvas-shape__text" />
      </div>
    </>
  );
});
