import { z } from 'zod';
import { NoteColor } from '../domain/board';
import { limits } from '../domain/limits';

/**
 * The elements a board holds (board document schema version 2). Each lives in the document's
 * `elements` map as a Y.Map keyed by id; text-bearing elements keep their text in a Y.Text so
 * several people can type in one element. These schemas describe the plain values read out.
 */
export const elementTypes = ['note', 'text', 'shape', 'connector', 'image', 'frame', 'zone'] as const;
export type ElementType = (typeof elementTypes)[number];

export const shapeKinds = ['rectangle', 'ellipse', 'diamond'] as const;
export const sides = ['top', 'right', 'bottom', 'left'] as const;

/** A note's tags: short theme words («movilidad», «seguridad») a facilitator sorts contributions by. */
export const tagLimits = { count: 20, length: 60 } as const;

const base = {
  id: z.string(),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().positive(),
  height: z.number().positive(),
  /** Stacking order; larger is in front. */
  z: z.number().finite(),
  locked: z.boolean(),
  /** Client id of the person who created it (for per-user undo and attribution). */
  createdBy: z.string(),
};

export const NoteElement = z.object({
  ...base,
  type: z.literal('note'),
  /** Plain text; formatting (bold, italic) travels as Y.Text attributes, read with `readRichText`. */
  text: z.string().max(limits.noteText),
  color: NoteColor,
  author: z.string().max(limits.shortText),
  tags: z.array(z.string().max(tagLimits.length)).max(tagLimits.count),
  /** Added while private mode was on and not yet revealed. */
  hidden: z.boolean(),
});
export const TextElement = z.object({ ...base, type: z.literal('text'), text: z.string().max(limits.longText), fontSize: z.number().min(8).max(200) });
export const ShapeElement = z.object({ ...base, type: z.literal('shape'), shape: z.enum(shapeKinds), text: z.string().max(limits.noteText), color: NoteColor });
export const ConnectorElement = z.object({
  ...base,
  type: z.literal('connector'),
  from: z.string(),
  to: z.string(),
  fromSide: z.enum(sides).nullable(),
  toSide: z.enum(sides).nullable(),
  label: z.string().max(limits.shortText),
  arrow: z.boolean(),
});
export const ImageElement = z.object({ ...base, type: z.literal('image'), assetId: z.string(), alt: z.string().max(limits.shortText) });
export const FrameElement = z.object({ ...base, type: z.literal('frame'), title: z.string().max(limits.title), order: z.number() });
/**
 * A locked, labelled region of a template. `zoneKey` names the zone in its template so the
 * renderer shows the title and guiding question in the current language; `title` and `prompt`
 * hold text for zones a facilitator wrote by hand.
 */
export const ZoneElement = z.object({
  ...base,
  type: z.literal('zone'),
  zoneKey: z.string(),
  title: z.string().max(limits.title),
  prompt: z.string().max(limits.longText),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});

export const BoardElement = z.discriminatedUnion('type', [
  NoteElement, TextElement, ShapeElement, ConnectorElement, ImageElement, FrameElement, ZoneElement,
]);
export type BoardElement = z.infer<typeof BoardElement>;
export type NoteElement = z.infer<typeof NoteElement>;
export type TextElement = z.infer<typeof TextElement>;
export type ShapeElement = z.infer<typeof ShapeElement>;
export type ConnectorElement = z.infer<typeof ConnectorElement>;
export type ImageElement = z.infer<typeof ImageElement>;
export type FrameElement = z.infer<typeof FrameElement>;
export type ZoneElement = z.infer<typeof ZoneElement>;

/** A new element as callers describe it: id, z and defaults filled in by `addElement`. */
export type NewElement = { [T in BoardElement as T['type']]: Partial<Omit<T, 'type'>> & Pick<T, 'type' | 'x' | 'y'> }[BoardElement['type']];
