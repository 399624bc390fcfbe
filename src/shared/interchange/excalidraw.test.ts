import { describe, expect, it } from 'vitest';
import { excalidrawDrawing } from './fixtures/excalidrawDrawing';
import { readImportFile } from './importFile';
import { ImportRefused } from './refusal';

describe('Excalidraw import', () => {
  it('turns text and shapes into notes, shapes, labels and connectors, and counts what it skipped', () => {
    const { content, summary, format } = readImportFile('Reto movilidad.excalidraw', excalidrawDrawing);
    expect(format).toBe('excalidraw');
    expect(content).toMatchObject({ title: 'Reto movilidad', kind: 'blank' });
    expect(summary).toEqual({ created: { note: 1, shape: 2, text: 1, connector: 1 }, skipped: { line: 1, freedraw: 1, image: 1 } });
    const byType = (type: string) => content.elements.filter((element) => element.type === type);
    expect(byType('note')[0]).toMatchObject({ text: 'Trámites en línea', color: 'yellow', x: 100, y: 100, width: 200, height: 120 });
    expect(byType('shape')[0]).toMatchObject({ shape: 'ellipse', text: 'Ciudadanía', color: 'blue' });
    // Drawn right to left: a negative width becomes a box starting further left.
    expect(byType('shape')[1]).toMatchObject({ shape: 'diamond', text: '', x: 560, width: 140 });
    expect(byType('text')[0]).toMatchObject({ text: 'Mapa del reto', fontSize: 36 });
    expect(byType('connector')[0]).toMatchObject({ from: byType('note')[0]!.id, to: byType('shape')[0]!.id, label: 'atiende', arrow: true });
  });

  it.each([
    ['another JSON', '{"type":"other","elements":[]}', 'invalidExcalidraw'],
    ['an element without a position', JSON.stringify({ type: 'excalidraw', version: 2, elements: [{ id: 'a', type: 'rectangle', y: 0, width: 1, height: 1 }] }), 'invalidExcalidraw'],
    ['text that is not a string', JSON.stringify({ type: 'excalidraw', version: 2, elements: [{ id: 'a', type: 'text', x: 0, y: 0, width: 1, height: 1, text: 5 }] }), 'invalidExcalidraw'],
    ['duplicated ids', JSON.stringify({ type: 'excalidraw', version: 2, elements: [{ id: 'a', type: 'text', x: 0, y: 0, width: 1, height: 1 }, { id: 'a', type: 'text', x: 0, y: 0, width: 1, height: 1 }] }), 'duplicateId'],
  ])('refuses %s', (_name, text, reason) => {
    let refused: unknown;
    try {
      readImportFile('x.excalidraw', text);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ImportRefused);
    expect((refused as ImportRefused).reason).toBe(reason);
  });
});
