import * as Y from 'yjs';
import { elementsMap } from './roots';

/** Test helper: puts elements straight into a document the way the board writes them. */
export function putNote(doc: Y.Doc, id: string, fields: { x?: number; y?: number; text?: string; hidden?: boolean; createdBy?: string } = {}): void {
  const map = new Y.Map<unknown>();
  map.set('type', 'note');
  map.set('x', fields.x ?? 0);
  map.set('y', fields.y ?? 0);
  map.set('width', 100);
  map.set('height', 100);
  map.set('text', new Y.Text(fields.text ?? id));
  map.set('hidden', fields.hidden ?? false);
  map.set('createdBy', fields.createdBy ?? 'client-a');
  elementsMap(doc).set(id, map);
}

export function putFrame(doc: Y.Doc, id: string, fields: { x: number; y: number; width: number; height: number; title?: string; order?: number; type?: 'frame' | 'zone' }): void {
  const map = new Y.Map<unknown>();
  map.set('type', fields.type ?? 'frame');
  map.set('x', fields.x);
  map.set('y', fields.y);
  map.set('width', fields.width);
  map.set('height', fields.height);
  map.set('title', fields.title ?? id);
  if (fields.order !== undefined) map.set('order', fields.order);
  elementsMap(doc).set(id, map);
}
