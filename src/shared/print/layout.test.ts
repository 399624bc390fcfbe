import { describe, expect, it } from 'vitest';
import type { BoardElement } from '../board/elements';
import { boardBounds, boardMargin, pageLayout, tileOverlap } from './layout';
import { parsePrintQuery, PrintOptions, printQuery } from './options';

const note = (x: number, y: number): BoardElement => ({
  id: `n${x}-${y}`, type: 'note', x, y, width: 100, height: 50, z: 1, locked: false, createdBy: 'a',
  text: 'hola', color: 'yellow', author: '', tags: [], hidden: false,
});

describe('board bounds', () => {
  it('covers every element with a margin and ignores connectors', () => {
    const connector: BoardElement = { id: 'c', type: 'connector', x: -9999, y: -9999, width: 1, height: 1, z: 2, locked: false, createdBy: 'a', from: 'a', to: 'b', fromSide: null, toSide: null, label: '', arrow: true };
    expect(boardBounds([note(0, 0), note(400, 300), connector])).toEqual({ x: -boardMargin, y: -boardMargin, width: 500 + 2 * boardMargin, height: 350 + 2 * boardMargin });
  });
  it('gives an empty board a blank area', () => {
    expect(boardBounds([]).width).toBeGreaterThan(0);
  });
});

describe('page layout', () => {
  const options = PrintOptions.parse({ paper: 'A4', orientation: 'landscape' });

  it('fits the whole board on one sheet, keeping its aspect', () => {
    const bounds = { x: 0, y: 0, width: 5000, height: 1000 };
    const layout = pageLayout(bounds, { ...options, fit: 'page' });
    expect(layout.tiles).toHaveLength(1);
    const [tile] = layout.tiles;
    expect(tile!.width / tile!.height).toBeCloseTo(layout.content.width / layout.content.height);
    expect(tile!.x).toBeLessThanOrEqual(0);
    expect(tile!.x + tile!.width).toBeGreaterThanOrEqual(5000);
    expect(layout.page.width).toBeGreaterThan(layout.page.height);
  });

  it('tiles a large board over several sheets that overlap and cover it', () => {
    const bounds = { x: 0, y: 0, width: 3000, height: 1500 };
    const layout = pageLayout(bounds, { ...options, fit: 'tile' });
    expect(layout.tiles.length).toBeGreaterThan(1);
    const [first, second] = layout.tiles;
    expect(second!.x).toBeCloseTo(first!.x + first!.width - tileOverlap);
    const last = layout.tiles.at(-1)!;
    expect(last.x + last.width).toBeGreaterThanOrEqual(3000);
    expect(last.y + last.height).toBeGreaterThanOrEqual(1500);
  });

  it('leaves room for the header and footer only when asked', () => {
    const bare = pageLayout({ x: 0, y: 0, width: 100, height: 100 }, { ...options, header: false, footer: false });
    const full = pageLayout({ x: 0, y: 0, width: 100, height: 100 }, options);
    expect(bare.header).toBeUndefined();
    expect(full.header && full.footer).toBeTruthy();
    expect(full.content.height).toBeLessThan(bare.content.height);
  });

  it('turns the sheet for portrait', () => {
    const layout = pageLayout({ x: 0, y: 0, width: 100, height: 100 }, { ...options, paper: 'A3', orientation: 'portrait' });
    expect(layout.page.height).toBeGreaterThan(layout.page.width);
  });
});

describe('print query', () => {
  it('round-trips the options', () => {
    const options = PrintOptions.parse({ paper: 'Letter', orientation: 'portrait', fit: 'tile', header: false, footer: true });
    expect(parsePrintQuery(printQuery(options, 'image'))).toEqual({ options, mode: 'image' });
  });
  it('falls back to the defaults for unknown values', () => {
    expect(parsePrintQuery('paper=B5&fit=<script>').options).toEqual(PrintOptions.parse({}));
  });
});
