import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readElements } from '../board/elementMaps';
import { elementRichText } from '../board/richText';
import { readBoardContent, writeBoardContent } from './boardContent';
import { emptyCanvas, specCanvas } from './fixtures/specCanvas';
import { boardToCanvas, canvasFileName, serializeCanvas } from './jsonCanvasExport';
import { canvasToBoard } from './jsonCanvasImport';
import { JsonCanvas } from './jsonCanvasSchema';
import { readImportFile } from './importFile';
import { ImportRefused } from './refusal';
import { everyElementBoard } from './testBoard';

const exported = () => {
  const doc = everyElementBoard();
  return { doc, text: serializeCanvas(boardToCanvas(readBoardContent(doc))) };
};

function refusal(run: () => unknown): ImportRefused {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefused) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('JSON Canvas export', () => {
  it('writes a file that follows the spec: integers, presets, nodes in stacking order, edges with sides and ends', () => {
    const { text } = exported();
    const json = JSON.parse(text);
    expect(JsonCanvas.safeParse(json).success).toBe(true);
    expect(json.minga).toEqual({ format: 'minga/board', version: 1, title: 'Mapa de actores «Movilidad»', kind: 'stakeholder-map' });
    const types = json.nodes.map((node: { type: string; minga: { type: string } }) => `${node.type}:${node.minga.type}`);
    expect(types).toEqual(['group:zone', 'group:frame', 'text:note', 'text:shape', 'text:text', 'file:image']);
    for (const node of json.nodes) for (const key of ['x', 'y', 'width', 'height']) expect(Number.isInteger(node[key])).toBe(true);
    const note = json.nodes[2];
    expect(note).toMatchObject({ type: 'text', x: 11, y: 20, width: 181, text: 'Idea con ñ y «comillas»', color: '4' });
    expect(json.nodes[0]).toMatchObject({ label: 'key-partners', color: '#e8f0fe' });
    expect(json.nodes[5]).toMatchObject({ file: 'minga-assets/b4a1e6c2-4b39-4f0a-9b31-2d8f5b1c0e77' });
    expect(json.edges[0]).toMatchObject({ fromNode: note.id, fromSide: 'right', fromEnd: 'none', toSide: 'left', toEnd: 'none', label: 'lleva a' });
    expect(json.edges[1]).toMatchObject({ fromEnd: 'none', toEnd: 'arrow' });
    expect(json.edges[1].fromSide).toBeUndefined();
  });

  it('names the file after the board without characters file systems refuse', () => {
    expect(canvasFileName('Taller 1: ¿qué/cómo?')).toBe('Taller 1 ¿qué cómo.canvas');
    expect(canvasFileName('***')).toBe('board.canvas');
  });
});

describe('JSON Canvas round trip', () => {
  it('brings back every element identically, ids, bold text and title included', () => {
    const { doc, text } = exported();
    const imported = readImportFile('cualquier-nombre.canvas', text);
    expect(imported.format).toBe('canvas');
    expect(imported.content.title).toBe('Mapa de actores «Movilidad»');
    expect(imported.content.kind).toBe('stakeholder-map');
    const copy = new Y.Doc();
    copy.transact(() => writeBoardContent(copy, imported.content));
    const byId = (elements: ReturnType<typeof readElements>) => [...elements].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(readElements(copy))).toEqual(byId(readElements(doc)));
    const note = readElements(doc).find((element) => element.type === 'note')!;
    expect(elementRichText(copy, note.id)).toEqual(elementRichText(doc, note.id));
    expect(imported.summary.created).toEqual({ zone: 1, frame: 1, note: 1, shape: 1, text: 1, image: 1, connector: 2 });
  });

  it('keeps what another app changed in the spec fields: a moved, edited, recoloured node and a relabelled edge', () => {
    const { text } = exported();
    const json = JSON.parse(text);
    const note = json.nodes[2];
    Object.assign(note, { x: 500, text: 'Editada en Obsidian', color: '1' });
    json.nodes[1].label = 'Ronda 2';
    json.edges[0].label = 'causa';
    json.edges[0].toEnd = 'arrow';
    const { content } = canvasToBoard(json, 'x');
    const after = content.elements.find((element) => element.id === note.id)!;
    expect(after).toMatchObject({ x: 500, y: 20.25, width: 181.3, text: 'Editada en Obsidian', color: 'pink', author: 'Ana', tags: ['agua', 'movilidad'] });
    expect(content.elements.find((element) => element.type === 'frame')).toMatchObject({ title: 'Ronda 2', order: 2 });
    expect(content.elements.find((element) => element.type === 'connector' && element.label === 'causa')).toMatchObject({ arrow: true, fromSide: 'right' });
  });

  it('refuses Minga fields that do not describe an element, naming the node', () => {
    const { text } = exported();
    const json = JSON.parse(text);
    json.nodes[2].minga.color = 'magenta';
    const refused = refusal(() => canvasToBoard(json, 'x'));
    expect(refused.reason).toBe('invalidMinga');
    expect(refused.where).toBe(json.nodes[2].id);
    json.nodes[2].minga.color = 'green';
    json.nodes[2].type = 'group';
    expect(refusal(() => canvasToBoard(json, 'x')).reason).toBe('invalidMinga');
  });
});

describe('a JSON Canvas file from another app', () => {
  it('imports every node and edge as a blank board named after the file', () => {
    const imported = readImportFile('Lluvia de ideas.canvas', specCanvas);
    const { content, summary } = imported;
    expect(content.title).toBe('Lluvia de ideas');
    expect(content.kind).toBe('blank');
    expect(summary).toEqual({ created: { frame: 1, note: 5, connector: 4 }, skipped: {} });
    const notes = content.elements.filter((element) => element.type === 'note');
    expect(notes.map((note) => [note.text, note.color])).toEqual([
      ['¿Cómo podríamos reducir **filas** en la alcaldía?', 'yellow'],
      ['Citas por WhatsApp', 'pink'],
      ['anexos/mapa.png', 'yellow'],
      ['Relatorías/Taller 1.md#Acuerdos', 'yellow'],
      ['https://www.gov.co', 'blue'],
    ]);
    expect(content.elements.find((element) => element.type === 'frame')).toMatchObject({ title: 'Ideas del taller', x: -40, width: 720 });
    const connectors = content.elements.filter((element) => element.type === 'connector');
    const nodeByText = (text: string) => notes.find((note) => note.text === text)!.id;
    expect(connectors[0]).toMatchObject({ from: nodeByText('¿Cómo podríamos reducir **filas** en la alcaldía?'), to: nodeByText('Citas por WhatsApp'), fromSide: 'right', toSide: 'left', label: 'lleva a', arrow: true });
    expect(connectors[1]).toMatchObject({ arrow: false, fromSide: 'bottom', toSide: 'top' });
    // An edge whose only arrowhead is at its start is turned round.
    expect(connectors[2]).toMatchObject({ from: nodeByText('Citas por WhatsApp'), to: nodeByText('https://www.gov.co'), arrow: true });
    expect(connectors[3]).toMatchObject({ arrow: true });
    for (const element of content.elements) expect(element.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('imports the empty canvas the spec allows', () => {
    expect(readImportFile('vacío.canvas', emptyCanvas).content.elements).toEqual([]);
  });

  it.each([
    ['not JSON', '{"nodes": [', 'notJson', ''],
    ['a node without a position', '{"nodes":[{"id":"a","type":"text","y":0,"width":1,"height":1,"text":""}]}', 'invalidCanvas', 'nodes[0].x'],
    ['an unknown node type', '{"nodes":[{"id":"a","type":"video","x":0,"y":0,"width":1,"height":1}]}', 'invalidCanvas', 'nodes[0].type'],
    ['a bad colour', '{"nodes":[{"id":"a","type":"text","x":0,"y":0,"width":1,"height":1,"text":"","color":"7"}]}', 'invalidCanvas', 'nodes[0].color'],
    ['a bad side', '{"nodes":[{"id":"a","type":"text","x":0,"y":0,"width":1,"height":1,"text":""}],"edges":[{"id":"e","fromNode":"a","toNode":"a","toSide":"middle"}]}', 'invalidCanvas', 'edges[0].toSide'],
    ['duplicated ids', '{"nodes":[{"id":"a","type":"text","x":0,"y":0,"width":1,"height":1,"text":""},{"id":"a","type":"group","x":0,"y":0,"width":1,"height":1}]}', 'duplicateId', 'a'],
    ['an edge to a missing node', '{"nodes":[{"id":"a","type":"text","x":0,"y":0,"width":1,"height":1,"text":""}],"edges":[{"id":"e","fromNode":"a","toNode":"b"}]}', 'missingNode', 'e → b'],
    ['an array', '[]', 'invalidCanvas', ''],
  ])('refuses %s with a reason and where', (_name, text, reason, where) => {
    const refused = refusal(() => readImportFile('x.canvas', text));
    expect(refused.reason).toBe(reason);
    expect(refused.where).toBe(where);
    expect(refused.message.length).toBeGreaterThan(10);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = `{"nodes":[],"padding":"${'x'.repeat(4 * 1024 * 1024)}"}`;
    expect(refusal(() => readImportFile('big.canvas', huge)).reason).toBe('tooLarge');
  });

  it('refuses an .excalidraw name on canvas content and recognises content under another name', () => {
    expect(refusal(() => readImportFile('x.excalidraw', specCanvas)).reason).toBe('invalidExcalidraw');
    expect(readImportFile('export.json', specCanvas).format).toBe('canvas');
    expect(refusal(() => readImportFile('x.json', '{"hello":1}')).reason).toBe('unknownFormat');
  });
});
