import { completeElement } from '../board/defaults';
import { BoardElement, type ConnectorElement, type NewElement } from '../board/elements';
import { RichText } from '../board/richText';
import { limits } from '../domain/limits';
import { newId } from '../domain/ids';
import { summarize, type BoardContent, type ImportSummary } from './boardContent';
import { noteColorFor } from './colours';
import { canvasEdgeOf, canvasNodeOf } from './jsonCanvasExport';
import { JsonCanvas, mingaKey, type CanvasEdge, type CanvasNode } from './jsonCanvasSchema';
import { ImportRefused, issuePath, maxImportElements } from './refusal';

export interface ImportedBoard {
  content: BoardContent;
  summary: ImportSummary;
}

/** Checks a parsed file against the spec: schema, unique ids, edges between nodes it has, size. */
export function validateCanvas(json: unknown): JsonCanvas {
  const parsed = JsonCanvas.safeParse(json);
  if (!parsed.success) throw new ImportRefused('invalidCanvas', issuePath(parsed.error));
  const canvas = parsed.data;
  const nodes = canvas.nodes ?? [];
  const edges = canvas.edges ?? [];
  if (nodes.length + edges.length > maxImportElements) throw new ImportRefused('tooManyElements');
  const ids = new Set<string>();
  for (const item of [...nodes, ...edges]) {
    if (ids.has(item.id)) throw new ImportRefused('duplicateId', item.id);
    ids.add(item.id);
  }
  const nodeIds = new Set(nodes.map((node) => node.id));
  for (const edge of edges) {
    if (!nodeIds.has(edge.fromNode)) throw new ImportRefused('missingNode', `${edge.id} → ${edge.fromNode}`);
    if (!nodeIds.has(edge.toNode)) throw new ImportRefused('missingNode', `${edge.id} → ${edge.toNode}`);
  }
  return canvas;
}

/**
 * Reads a JSON Canvas file into a board. Nodes and edges Minga wrote (with a `minga` key) come
 * back exactly, ids included; where another app changed what the spec shows (moved a node, edited
 * its text, recoloured it, re-attached an edge) that change wins. Nodes and edges without the key
 * become notes, frames and connectors with new ids. `fallbackTitle` names a board from elsewhere.
 */
export function canvasToBoard(json: unknown, fallbackTitle: string): ImportedBoard {
  const canvas = validateCanvas(json);
  const nodes = canvas.nodes ?? [];
  const edges = canvas.edges ?? [];
  const header = canvas[mingaKey];
  const elementIds = new Map<string, string>();
  for (const node of nodes) elementIds.set(node.id, node[mingaKey] ? node.id : newId());
  const elements: BoardElement[] = [];
  const richText: BoardContent['richText'] = {};
  nodes.forEach((node, index) => {
    const element = node[mingaKey] ? mingaNode(node) : foreignNode(node, elementIds.get(node.id)!, index);
    elements.push(element);
    const runs = RichText.safeParse(node[mingaKey]?.richText);
    if (node[mingaKey]?.richText && runs.success) richText[element.id] = runs.data;
  });
  edges.forEach((edge, index) => {
    const from = elementIds.get(edge.fromNode)!;
    const to = elementIds.get(edge.toNode)!;
    elements.push(edge[mingaKey] ? mingaEdge(edge, from, to) : foreignEdge(edge, from, to, nodes.length + index));
  });
  return {
    content: { title: header?.title ?? fallbackTitle, kind: header?.kind ?? 'blank', elements, richText },
    summary: summarize(elements),
  };
}

/** The element Minga wrote, with what another app visibly changed applied on top. */
function mingaNode(node: CanvasNode): BoardElement {
  const { richText: _runs, ...fields } = node[mingaKey]!;
  const written = BoardElement.safeParse({ ...fields, id: node.id });
  if (!written.success || written.data.type === 'connector') throw new ImportRefused('invalidMinga', node.id);
  const element: Record<string, unknown> = { ...written.data };
  const expected = canvasNodeOf(written.data);
  if (expected.type !== node.type) throw new ImportRefused('invalidMinga', node.id);
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    if (node[key] !== expected[key]) element[key] = key === 'width' || key === 'height' ? Math.max(1, node[key]) : node[key];
  }
  if (node.type === 'text' && expected.type === 'text' && node.text !== expected.text) element.text = node.text;
  if (node.color !== expected.color && (element.type === 'note' || element.type === 'shape')) element.color = noteColorFor(node.color, written.data.type === 'note' || written.data.type === 'shape' ? written.data.color : 'yellow');
  if (node.color !== expected.color && element.type === 'zone' && node.color && /^#[0-9a-f]{6}$/i.test(node.color)) element.color = node.color;
  if (node.type === 'group' && expected.type === 'group' && node.label !== expected.label) element.title = node.label ?? '';
  const checked = BoardElement.safeParse(element);
  if (!checked.success) throw new ImportRefused('invalidMinga', node.id);
  return checked.data;
}

function mingaEdge(edge: CanvasEdge, from: string, to: string): BoardElement {
  const { richText: _runs, ...fields } = edge[mingaKey]!;
  const written = BoardElement.safeParse({ ...fields, id: edge.id });
  if (!written.success || written.data.type !== 'connector') throw new ImportRefused('invalidMinga', edge.id);
  const expected = canvasEdgeOf(written.data);
  const connector: ConnectorElement = { ...written.data, from, to };
  if (edge.fromSide !== expected.fromSide) connector.fromSide = edge.fromSide ?? null;
  if (edge.toSide !== expected.toSide) connector.toSide = edge.toSide ?? null;
  if (edge.toEnd !== expected.toEnd || edge.fromEnd !== expected.fromEnd) connector.arrow = (edge.toEnd ?? 'arrow') === 'arrow' || edge.fromEnd === 'arrow';
  if (edge.label !== expected.label) connector.label = edge.label ?? '';
  const checked = BoardElement.safeParse(connector);
  if (!checked.success) throw new ImportRefused('invalidMinga', edge.id);
  return checked.data;
}

/** A node from another app: text, files and links become notes (their text, path or address), groups frames. */
function foreignNode(node: CanvasNode, id: string, z: number): BoardElement {
  const place = { x: node.x, y: node.y, width: Math.max(1, node.width), height: Math.max(1, node.height) };
  const colour = noteColorFor(node.color);
  let element: NewElement;
  if (node.type === 'group') element = { type: 'frame', ...place, title: (node.label ?? '').slice(0, limits.title), order: z };
  else {
    const text = node.type === 'text' ? node.text : node.type === 'file' ? `${node.file}${node.subpath ?? ''}` : node.url;
    // A long card stays whole as a text label rather than being cut to a note's length.
    element = text.length <= limits.noteText
      ? { type: 'note', ...place, text, color: colour }
      : { type: 'text', ...place, text: text.slice(0, limits.longText) };
  }
  return completeElement(element, { id, z, createdBy: '' });
}

function foreignEdge(edge: CanvasEdge, from: string, to: string, z: number): BoardElement {
  const toArrow = (edge.toEnd ?? 'arrow') === 'arrow';
  const fromArrow = edge.fromEnd === 'arrow';
  // Minga draws one arrowhead, at the `to` end: an edge pointing only backwards is turned round.
  const reversed = fromArrow && !toArrow;
  return completeElement(
    {
      type: 'connector',
      x: 0,
      y: 0,
      from: reversed ? to : from,
      to: reversed ? from : to,
      fromSide: (reversed ? edge.toSide : edge.fromSide) ?? null,
      toSide: (reversed ? edge.fromSide : edge.toSide) ?? null,
      label: (edge.label ?? '').slice(0, limits.shortText),
      arrow: toArrow || fromArrow,
    },
    { id: newId(), z, createdBy: '' },
  );
}
