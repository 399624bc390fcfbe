import type * as Y from 'yjs';
import { methodTools, type MethodTool } from '../templates/definition';

/**
 * Each method tool keeps all of its structured data under one root map of the board document,
 * named after the tool. Keeping it to one root per tool lets the board's undo manager cover it
 * (see the renderer's board session) and lets the print views find it.
 */
export function methodToolRoot(doc: Y.Doc, tool: MethodTool): Y.Map<unknown> {
  return doc.getMap<unknown>(`method:${tool}`);
}

/** Every tool's root: the undo scope of an open board includes them all, whatever its kind. */
export function methodToolRoots(doc: Y.Doc): Y.Map<unknown>[] {
  return methodTools.map((tool) => methodToolRoot(doc, tool));
}
