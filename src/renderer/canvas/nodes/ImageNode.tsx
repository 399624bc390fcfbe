import type { NodeProps } from '@xyflow/react';
import { memo, useEffect, useState } from 'react';
import type { ImageElement } from '../../../shared/board/elements';
import { useCanvasActions } from '../canvasUi';
import type { ElementNode } from '../deriveFlow';
import { NodeChrome } from './NodeChrome';

/** An image from the local store; its bytes arrive once per asset and are shown through an object URL. */
export const ImageNode = memo(function ImageNode({ data, selected }: NodeProps<ElementNode>) {
  const image = data.element as ImageElement;
  const { assetUrl } = useCanvasActions();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let active = true;
    void assetUrl(image.assetId).then((next) => {
      if (active) setUrl(next);
    });
    return () => {
      active = false;
    };
  }, [assetUrl, image.assetId]);
  return (
    <>
      <NodeChrome selected={selected} locked={image.locked} />
      <div className="canvas-image">
        {url ? <img src={url} alt={image.alt} draggable={false} /> : <div className="canvas-image__placeholder" aria-hidden="true" />}
      </div>
    </>
  );
});
