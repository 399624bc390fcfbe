import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { limits } from '../../../shared/domain/limits';
import { useEditing } from '../canvasUi';
import type { ConnectorEdge } from '../deriveFlow';
import { EditableText } from './EditableText';

/** A connector between two elements, with a label that Enter (or a double click) edits. */
export const ConnectorEdgeView = memo(function ConnectorEdgeView(props: EdgeProps<ConnectorEdge>) {
  const { id, data, selected } = props;
  const editing = useEditing(id);
  const [path, labelX, labelY] = getBezierPath(props);
  const label = data?.element.label ?? '';
  const arrow = data?.element.arrow ?? true;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={arrow ? `url(#canvas-arrow${selected ? '-selected' : ''})` : undefined}
        className={selected ? 'canvas-connector canvas-connector--selected' : 'canvas-connector'}
      />
      {label || editing ? (
        <EdgeLabelRenderer>
          <div className="canvas-connector__label nopan" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            <EditableText id={id} field="label" text={label} editing={editing} label="element.connectorLabel" maxLength={limits.shortText} className="canvas-connector__text" />
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
