import * as Y from 'yjs';
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

const idLike = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$|^[0-9a-z_-]{21}$/i;
const dateLike = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/**
 * The words people typed into the method tools of a board (case names, objectives, cost lines,
 * statements…), for the search index. Read generically from the tool roots, so a tool needs no
 * search code of its own: every string counts except ids, dates and keys ending in `Id`.
 */
export function methodToolText(doc: Y.Doc): string {
  const words: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (key === 'id' || key.endsWith('Id') || key.endsWith('Ids')) return;
    if (typeof value === 'string') {
      const text = value.trim();
      if (text && !idLike.test(text) && !dateLike.test(text)) words.push(text);
    } else if (value instanceof Y.Text) {
      visit(value.toString(), key);
    } else if (value instanceof Y.Map) {
      for (const [childKey, child] of value.entries()) visit(child, childKey);
    } else if (value instanceof Y.Array) {
      for (const child of value.toArray()) visit(child, key);
    } else if (Array.isArray(value)) {
      for (const child of value) visit(child, key);
    } else if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
    }
  };
  for (const tool of methodTools) {
    // Only roots that exist: getMap would create (empty) ones, harmless but needless.
    if (doc.share.has(`method:${tool}`)) visit(methodToolRoot(doc, tool), '');
  }
  return words.join('\n');
}
