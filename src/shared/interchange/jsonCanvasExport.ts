import type { BoardElement, ConnectorElement } from '../board/elements';
import type { RichText } from '../board/richText';
import type { BoardContent } from './boardContent';
import { presetByNoteColor } from './colours';
import { canvasFormat, mingaKey, type CanvasEdge, type CanvasNode, type JsonCanvas } from './jsonCanvasSchema';

/** Where an image's picture is named in a file node: the asset travels apart (see docs). */
export const assetPathPrefix = 'minga-assets/';

/** Minga's fields of an element under the `minga` key: everything but the id (the node's own). */
function mingaFields(element: BoardElement, richText: RichText | undefined): Record<string, unknown> {
  const { id: _id, ...fields } = element;
  return richText ? { ...fields, richText } : fields;
}

/** The spec's view of a non-connector element: what another app shows. Integers, as the spec asks. */
export function canvasNodeOf(element: Exclude<BoardElement, ConnectorElement>): CanvasNode {
  const base = { id: element.id, x: Math.round(element.x), y: Math.round(element.y), width: Math.max(1, Math.round(element.width)), height: Math.max(1, Math.round(element.height)) };
  switch (element.type) {
    case 'note':
    case 'shape':
      return { ...base, type: 'text', text: element.text, color: presetByNoteColor[element.color] };
    case 'text':
      return { ...base, type: 'text', text: element.text };
    case 'image':
      return { ...base, type: 'file', file: `${assetPathPrefix}${element.assetId}` };
    case 'frame':
      return { ...base, type: 'group', label: element.title };
    case 'zone':
      return { ...base, type: 'group', label: element.title || element.zoneKey, color: element.color.toLowerCase() };
  }
}

export function canvasEdgeOf(connector: ConnectorElement): CanvasEdge {
  return {
    id: connector.id,
    fromNode: connector.from,
    ...(connector.fromSide ? { fromSide: connector.fromSide } : {}),
    fromEnd: 'none',
    toNode: connector.to,
    ...(connector.toSide ? { toSide: connector.toSide } : {}),
    toEnd: connector.arrow ? 'arrow' : 'none',
    ...(connector.label ? { label: connector.label } : {}),
  };
}

/**
 * A board as JSON Canvas 1.0: elements as nodes in stacking order (the spec draws later nodes
 * on top), connectors as edges, and each with its Minga fields so nothing is lost on the way back.
 */
export function boardToCanvas(content: BoardContent): JsonCanvas {
  const ordered = [...content.elements].sort((a, b) => a.z - b.z);
  const nodes: CanvasNode[] = [];
  const edges: CanvasEdge[] = [];
  for (const element of ordered) {
    const minga = mingaFields(element, content.richText[element.id]);
    if (element.type === 'connector') edges.push({ ...canvasEdgeOf(element), [mingaKey]: minga as CanvasEdge['minga'] });
    else nodes.push({ ...canvasNodeOf(element), [mingaKey]: minga as CanvasNode['minga'] });
  }
  return { nodes, edges, [mingaKey]: { format: canvasFormat, version: 1, title: content.title, kind: content.kind } };
}

export function serializeCanvas(canvas: JsonCanvas): string {
  return `${JSON.stringify(canvas, null, '\t')}\n`;
}

/** A file name for the board: its title without characters file systems refuse. */
export function canvasFileName(title: string): string {
  const printable = [...title].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${safe || 'board'}.canvas`;
}
