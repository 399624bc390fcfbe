import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ConnectorEdgeView } from './ConnectorEdgeView';
import { FrameNode } from './FrameNode';
import { ImageNode } from './ImageNode';
import { NoteNode } from './NoteNode';
import { ShapeNode } from './ShapeNode';
import { TextNode } from './TextNode';
import { ZoneNode } from './ZoneNode';

/** One component per element type; module constants so React Flow never sees new types. */
export const nodeTypes: NodeTypes = { note: NoteNode, text: TextNode, shape: ShapeNode, image: ImageNode, frame: FrameNode, zone: ZoneNode };
export const edgeTypes: EdgeTypes = { connector: ConnectorEdgeView };
