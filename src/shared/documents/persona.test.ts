import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPersona, setPersonaPhoto, writePersonaField } from './persona';

describe('persona profile', () => {
  it('writes checked fields into the board document, where other windows receive them', () => {
    const doc = new Y.Doc();
    expect(writePersonaField(doc, 'name', '  Rosa Pérez ')).toBeUndefined();
    expect(writePersonaField(doc, 'age', '30–40')).toBeUndefined();
    setPersonaPhoto(doc, 'a'.repeat(64));
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readPersona(other)).toMatchObject({ name: 'Rosa Pérez', age: '30–40', photoAssetId: 'a'.repeat(64), quote: '' });
  });

  it('refuses text over the limit with a catalogue key and writes nothing for an unchanged value', () => {
    const doc = new Y.Doc();
    expect(writePersonaField(doc, 'occupation', 'x'.repeat(201))).toBe('validation.tooLong');
    expect(readPersona(doc).occupation).toBe('');
    writePersonaField(doc, 'goals', 'Tener el subsidio sin hacer filas');
    let updates = 0;
    doc.on('update', () => (updates += 1));
    writePersonaField(doc, 'goals', 'Tener el subsidio sin hacer filas');
    expect(updates).toBe(0);
  });
});
