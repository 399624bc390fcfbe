import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameElement } from '../../../shared/board/elements';
import { limits } from '../../../shared/domain/limits';
import { useEditing, useMatch } from '../canvasUi';
import type { ElementNode } from '../deriveFlow';
import { EditableText } from './EditableText';
import { NodeChrome } from './NodeChrome';

/** A named area (presentation mode steps through frames in order); Enter edits its title. */
export const FrameNode = memo(function FrameNode({ id, data, selected }: NodeProps<ElementNode>) {
  const frame = data.element as FrameElement;
  const { t } = useTranslation('boards');
  const editing = useEditing(id);
  const match = useMatch(id);
  return (
    <>
      <NodeChrome selected={selected} locked={frame.locked} minWidth={120} minHeight={80} />
      <div className={`canvas-frame${match ? ` canvas-match canvas-match--${match}` : ''}`}>
        <EditableText
          id={id}
          field="title"
          text={frame.title || (editing ? '' : t('element.untitledFrame'))}
          editing={editing}
          label="element.frameTitle"
          maxLength={limits.title}
          className="canvas-frame__title"
        />
      </div>
    </>
  );
});
