import * as Y from 'yjs';
import { addElement, formatElementText } from '../board/ops';
import { initBoardDoc } from '../documents/boardDoc';

/**
 * A board with one element of every type and the awkward values (fractions, a locked zone,
 * tags, a hidden note, bold text, a connector with sides and no arrow), for round-trip tests.
 */
export function everyElementBoard(): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, { exerciseId: crypto.randomUUID(), workshopId: crypto.randomUUID() }, 'Mapa de actores «Movilidad»', 'stakeholder-map', '2026-03-01T10:00:00.000Z');
  addEveryElement(doc);
  return doc;
}

/** Adds one element of each type to a board document (see `everyElementBoard`). */
export function addEveryElement(doc: Y.Doc): void {
  const me = 'test';
  addElement(doc, { type: 'zone', x: -400, y: -300, width: 900, height: 700, zoneKey: 'key-partners', title: '', prompt: '¿Quiénes?', color: '#E8F0FE' }, me, 'ana');
  const frame = addElement(doc, { type: 'frame', x: 600, y: 0, title: 'Ronda 1', order: 2 }, me, 'ana');
  const note = addElement(doc, { type: 'note', x: 10.5, y: 20.25, width: 181.3, text: 'Idea con ñ y «comillas»', color: 'green', author: 'Ana', tags: ['agua', 'movilidad'], hidden: true }, me, 'ana');
  const shape = addElement(doc, { type: 'shape', x: 300, y: 40, shape: 'diamond', text: 'Decisión', color: 'purple' }, me, 'luis');
  const label = addElement(doc, { type: 'text', x: 0, y: -100, text: 'Título grande', fontSize: 48 }, me, 'luis');
  addElement(doc, { type: 'image', x: 700, y: 100, assetId: 'b4a1e6c2-4b39-4f0a-9b31-2d8f5b1c0e77', alt: 'Foto del taller' }, me, 'ana');
  addElement(doc, { type: 'connector', x: 0, y: 0, from: note, to: shape, fromSide: 'right', toSide: 'left', label: 'lleva a', arrow: false }, me, 'ana');
  addElement(doc, { type: 'connector', x: 0, y: 0, from: label, to: frame }, me, 'ana');
  formatElementText(doc, note, { index: 0, length: 4 }, { bold: true }, me);
}
