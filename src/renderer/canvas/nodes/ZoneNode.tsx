import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ZoneElement } from '../../../shared/board/elements';
import { useCanvasActions, useMatch } from '../canvasUi';
import type { ElementNode } from '../deriveFlow';

/** A template zone: locked and behind everything, titled with its guiding question in the current language. */
export const ZoneNode = memo(function ZoneNode({ data }: NodeProps<ElementNode>) {
  const zone = data.element as ZoneElement;
  const { zoneText } = useCanvasActions();
  const match = useMatch(zone.id);
  const text = zoneText(zone.zoneKey, { title: zone.title, prompt: zone.prompt });
  return (
    <div className={`canvas-zone${match ? ` canvas-match canvas-match--${match}` : ''}`} style={{ background: zone.color }}>
      <p className="canvas-zone__title">{text.title}</p>
      {text.prompt ? <p className="canvas-zone__prompt">{text.prompt}</p> : null}
    </div>
  );
});
