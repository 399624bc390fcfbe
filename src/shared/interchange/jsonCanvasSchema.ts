import { z } from 'zod';
import { BoardKind } from '../domain/board';
import { RichText } from '../board/richText';
import { hexColour } from './colours';

/**
 * JSON Canvas 1.0 (jsoncanvas.org/spec/1.0) as zod schemas. Read leniently where the spec is
 * strict and other apps are not (coordinates need not be integers), strictly where a bad value
 * would corrupt a board (types, sides, ends, colours). Keys other apps add are ignored.
 *
 * Minga's own fields ride under the `minga` key of the file, of each node and of each edge
 * (`mingaKey`); other apps keep unknown keys or drop them, and either way the file stays valid.
 */
export const mingaKey = 'minga';
export const canvasFormat = 'minga/board';

const Coordinate = z.number().finite().min(-1e7).max(1e7);
const Size = z.number().finite().min(0).max(1e6);
export const CanvasColor = z.union([z.enum(['1', '2', '3', '4', '5', '6']), z.string().regex(hexColour)]);
const CanvasId = z.string().min(1).max(256);
export const canvasSides = ['top', 'right', 'bottom', 'left'] as const;
const Side = z.enum(canvasSides);
const End = z.enum(['none', 'arrow']);
const Text = z.string().max(100_000);

/** Minga's fields on a node or edge: an element's fields, checked against its schema on import. */
const MingaElementFields = z.looseObject({ type: z.string(), richText: RichText.optional() });

const nodeBase = {
  id: CanvasId,
  x: Coordinate,
  y: Coordinate,
  width: Size,
  height: Size,
  color: CanvasColor.optional(),
  [mingaKey]: MingaElementFields.optional(),
};

export const TextNode = z.object({ ...nodeBase, type: z.literal('text'), text: Text });
export const FileNode = z.object({ ...nodeBase, type: z.literal('file'), file: z.string().min(1).max(4_096), subpath: z.string().startsWith('#').max(4_096).optional() });
export const LinkNode = z.object({ ...nodeBase, type: z.literal('link'), url: z.string().max(4_096) });
export const GroupNode = z.object({
  ...nodeBase,
  type: z.literal('group'),
  label: Text.optional(),
  background: z.string().max(4_096).optional(),
  backgroundStyle: z.enum(['cover', 'ratio', 'repeat']).optional(),
});
export const CanvasNode = z.discriminatedUnion('type', [TextNode, FileNode, LinkNode, GroupNode]);
export type CanvasNode = z.infer<typeof CanvasNode>;

export const CanvasEdge = z.object({
  id: CanvasId,
  fromNode: CanvasId,
  fromSide: Side.optional(),
  fromEnd: End.optional(),
  toNode: CanvasId,
  toSide: Side.optional(),
  toEnd: End.optional(),
  color: CanvasColor.optional(),
  label: Text.optional(),
  [mingaKey]: MingaElementFields.optional(),
});
export type CanvasEdge = z.infer<typeof CanvasEdge>;

/** The board itself: which Minga format wrote it, its title and template kind. */
export const MingaCanvasHeader = z.object({
  format: z.literal(canvasFormat),
  version: z.literal(1),
  title: z.string().trim().min(1).max(200),
  kind: BoardKind.catch('blank'),
});

export const JsonCanvas = z.object({
  nodes: z.array(CanvasNode).max(100_000).optional(),
  edges: z.array(CanvasEdge).max(100_000).optional(),
  [mingaKey]: MingaCanvasHeader.optional(),
});
export type JsonCanvas = z.infer<typeof JsonCanvas>;
