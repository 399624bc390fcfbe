import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readElements } from './elementMaps';
import { findElements } from './find';
import { addElement } from './ops';

describe('findElements', () => {
  it('finds text ignoring accents and case, in reading order, never hidden notes', () => {
    const doc = new Y.Doc();
    const low = addElement(doc, { type: 'note', x: 0, y: 500, text: 'Participación ciudadana' }, 'me', 'c');
    const high = addElement(doc, { type: 'zone', x: 0, y: 0, title: 'Canales', prompt: '¿Cómo llega la PARTICIPACION?' }, 'me', 'c');
    addElement(doc, { type: 'note', x: 0, y: 0, text: 'participación secreta', hidden: true }, 'me', 'c');
    const frame = addElement(doc, { type: 'frame', x: 10, y: 0, title: 'Acción' }, 'me', 'c');
    const elements = readElements(doc);
    expect(findElements(elements, 'participacion')).toEqual([high, low]);
    expect(findElements(elements, '  ACCION ')).toEqual([frame]);
    expect(findElements(elements, '   ')).toEqual([]);
    expect(findElements(elements, 'inexistente')).toEqual([]);
  });

  it('finds a note by its tags and its author, but not a hidden note by them', () => {
    const doc = new Y.Doc();
    const tagged = addElement(doc, { type: 'note', x: 0, y: 0, text: 'Ruta escolar', author: 'Doña Marleny', tags: ['movilidad'] }, 'me', 'c');
    addElement(doc, { type: 'note', x: 0, y: 100, text: 'Privada', author: 'Marleny', tags: ['movilidad'], hidden: true }, 'me', 'c');
    const elements = readElements(doc);
    expect(findElements(elements, '#movilidad')).toEqual([tagged]);
    expect(findElements(elements, 'marleny')).toEqual([tagged]);
  });
});
