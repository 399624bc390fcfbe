import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { TextElement } from '../../../shared/board/elements';
import { limits } from '../../../shared/domain/limits';
import { useEditing, useMatch } from '../canvasUi';
import type { ElementNode } from '../deriveFlow';
import type { CanvasElement } from '../elementStore';
import { EditableText } from './EditableText';
import { NodeChrome } from './NodeChrome';

/** A free text label (headings, captions). */
export const TextNode = memo(function TextNode({ id, data, selected }: NodeProps<ElementNode>) {
  const label = data.element as CanvasElement & TextElement;
  const editing = useEditing(id);
  const match = useMatch(id);
  return (
    <>
      <NodeChrome selected={selected} locked={label.locked} minHeight={20} />
      <div className={`canvas-text${match ? ` canvas-match canvas-match--${match}` : ''}`} style={{ fontSize: label.fontSize }}>
        <EditableText id={id} field="text" text={label.text} rich={label.rich} editing={editing} label="element.textField" maxLength={limits.longText} className="canvas-text__body" />
      </div>
    </>
  );
});
