import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BoardElement } from '../../../shared/board/elements';
import { BoardPrint } from './BoardPrint';

const base = { width: 200, height: 100, z: 1, locked: false, createdBy: 'a' };
const elements: BoardElement[] = [
  { ...base, id: 'n1', type: 'note', x: 0, y: 0, text: '¿Qué haría Ñuñoa?', color: 'green', author: 'Ana', tags: ['movilidad'], hidden: false },
  { ...base, id: 'n2', type: 'note', x: 300, y: 0, text: 'secreto', color: 'pink', author: '', tags: [], hidden: true },
  { ...base, id: 'n3', type: 'note', x: 0, y: 200, text: 'otra', color: 'blue', author: '', tags: [], hidden: false },
  { ...base, id: 'c1', type: 'connector', x: 0, y: 0, from: 'n1', to: 'n3', fromSide: null, toSide: 'top', label: 'causa', arrow: true },
  { ...base, id: 'z1', type: 'zone', x: -50, y: -50, z: 0, zoneKey: 'segments', title: '', prompt: '', color: '#eef3ff' },
  { ...base, id: 'i1', type: 'image', x: 600, y: 0, assetId: 'missing', alt: 'Foto del taller' },
  { ...base, id: 's1', type: 'shape', x: 600, y: 300, shape: 'diamond', text: 'decisión', color: 'yellow' },
];

describe('BoardPrint', () => {
  const markup = renderToStaticMarkup(
    <BoardPrint
      title="Lienzo"
      elements={elements}
      richText={{ n3: [{ insert: 'ot' }, { insert: 'ra', attributes: { bold: true, italic: true } }] }}
      zoneText={(key) => ({ title: key === 'segments' ? 'Segmentos de clientes' : '?', prompt: '¿Para quién creamos valor?' })}
    />,
  );

  it('draws notes with their palette colour, text, author and tags, and leaves out notes private mode still hides', () => {
    expect(markup).toContain('fill="#ccefcb"');
    expect(markup).toContain('¿Qué haría Ñuñoa?');
    expect(markup).toContain('Ana · #movilidad');
    expect(markup).not.toContain('secreto');
  });

  it('keeps bold and italic runs', () => {
    expect(markup).toMatch(/<span style="font-weight:700;font-style:italic">ra<\/span>/);
  });

  it('titles zones in the UI language, labels connectors, and boxes a missing image with its description', () => {
    expect(markup).toContain('Segmentos de clientes');
    expect(markup).toContain('¿Para quién creamos valor?');
    expect(markup).toContain('causa');
    expect(markup).toContain('marker-end="url(#board-print-arrow)"');
    expect(markup).toContain('Foto del taller');
    expect(markup).toContain('<polygon');
  });

  it('frames the whole board by default and a given part when asked', () => {
    expect(markup).toContain('viewBox="-74 -74 898 498"');
    const part = renderToStaticMarkup(<BoardPrint title="x" elements={elements} viewBox={{ x: 10, y: 20, width: 30, height: 40 }} width="100%" />);
    expect(part).toContain('viewBox="10 20 30 40"');
  });
});
