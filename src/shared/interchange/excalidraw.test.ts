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

describe('Excalidraw import, fuzzed', () => {
  it('either imports each of 200 truncated or mutated drawings or refuses it with a reason', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    let refused = 0;
    for (let variant = 0; variant < 200; variant += 1) {
      const json = JSON.parse(excalidrawDrawing) as { elements: Record<string, unknown>[] };
      let text: string;
      if (next() < 0.3) text = excalidrawDrawing.slice(0, Math.floor(next() * excalidrawDrawing.length));
      else {
        const element = json.elements[Math.floor(next() * json.elements.length)]!;
        const keys = Object.keys(element);
        const key = keys[Math.floor(next() * keys.length)]!;
        const values = [null, -5, 1e9, 'x', '', true, [], {}, 'rect1', { elementId: 'ell1' }, 'arrow'];
        if (next() < 0.2) delete element[key];
        else element[key] = values[Math.floor(next() * values.length)];
        text = JSON.stringify(json);
      }
      try {
        const { content, summary } = readImportFile('fuzz.excalidraw', text);
        expect(content.elements.length).toBe(Object.values(summary.created).reduce((sum, count) => sum + count, 0));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportRefused);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(20);
    expect(refused).toBeLessThan(200);
  });
});
