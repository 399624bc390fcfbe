import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { pasteElements } from '../board/clipboard';
import { readElements } from '../board/elementMaps';
import { addNote, initBoardDoc } from './boardDoc';
import { readMeta } from './schema';
import { readTemplate, setTemplateWithdrawn, templatePayloadOf, writeTemplate } from './templateDoc';

describe('published template document', () => {
  it('holds a board\'s elements that a new board receives with new ids', () => {
    const board = new Y.Doc();
    initBoardDoc(board, { exerciseId: 'ex', workshopId: 'ws' }, 'Ideas', 'blank', '2026-03-01T00:00:00.000Z');
    addNote(board, { id: 'n1', x: 10, y: 20, text: 'Primera idea' });
    addNote(board, { id: 'n2', x: 200, y: 20, text: 'Segunda idea' });
    const doc = new Y.Doc();
    const info = { name: { 'es-CO': 'Lluvia de ideas', en: 'Brainstorm' }, description: { 'es-CO': '', en: '' }, boardKind: 'blank', publishedAt: '2026-03-02T00:00:00.000Z', withdrawn: false } as const;
    writeTemplate(doc, info, templatePayloadOf(board));
    expect(readMeta(doc)).toEqual({ kind: 'template', schemaVersion: 1 });
    const template = readTemplate(doc)!;
    expect(template.info).toEqual(info);

    const fresh = new Y.Doc();
    pasteElements(fresh, template.payload, { x: 10, y: 20 }, 'template', 'me');
    const copied = readElements(fresh);
    expect(copied.map((element) => element.type === 'note' && element.text).sort()).toEqual(['Primera idea', 'Segunda idea']);
    expect(copied.some((element) => element.id === 'n1' || element.id === 'n2')).toBe(false);
    expect(copied.map((element) => element.x).sort((a, b) => a - b)).toEqual([10, 200]);

    expect(setTemplateWithdrawn(doc, true)).toBe(true);
    expect(setTemplateWithdrawn(doc, true)).toBe(false);
    expect(readTemplate(doc)!.info.withdrawn).toBe(true);
  });

  it('refuses a template without a Spanish name', () => {
    const info = { name: { 'es-CO': ' ', en: 'X' }, description: { 'es-CO': '', en: '' }, boardKind: 'blank', publishedAt: 'x', withdrawn: false } as const;
    expect(() => writeTemplate(new Y.Doc(), info, { format: 'minga/board-elements', version: 1, elements: [], richText: {} })).toThrow();
    expect(readTemplate(new Y.Doc())).toBeUndefined();
  });
});
