import type { BoardElement } from '../board/elements';
import { paperMillimetres, type PrintOptions } from './options';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** CSS pixels per millimetre (96 per inch), the unit the print view lays pages out in. */
export const pxPerMm = 96 / 25.4;
/** Space kept around the board's elements, in board units. */
export const boardMargin = 24;
/** How much neighbouring tiles repeat of each other, in board units, so nothing is lost at a cut. */
export const tileOverlap = 32;
const pageMarginMm = 10;
const headerMm = 12;
const footerMm = 9;

/** The area a board's elements cover (connectors follow their ends), with a margin; an empty board gets a small blank area. */
export function boardBounds(elements: readonly BoardElement[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const element of elements) {
    if (element.type === 'connector') continue;
    minX = Math.min(minX, element.x);
    minY = Math.min(minY, element.y);
    maxX = Math.max(maxX, element.x + element.width);
    maxY = Math.max(maxY, element.y + element.height);
  }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, width: 800, height: 600 };
  return { x: minX - boardMargin, y: minY - boardMargin, width: maxX - minX + 2 * boardMargin, height: maxY - minY + 2 * boardMargin };
}

export interface PageLayout {
  /** The sheet in CSS pixels. */
  page: { width: number; height: number };
  /** Where the board goes on each sheet, in CSS pixels from its top left corner. */
  content: Box;
  header: Box | undefined;
  footer: Box | undefined;
  /** One entry per sheet: the part of the board it shows, in board units (the same aspect as `content`). */
  tiles: Box[];
}

/**
 * Lays a board out on paper. `page` scales the whole board into one sheet's printable area;
 * `tile` prints it at full size (one board unit to one CSS pixel) over as many sheets as it
 * needs, row by row, each repeating `tileOverlap` of its neighbours.
 */
export function pageLayout(bounds: Box, options: PrintOptions): PageLayout {
  const paper = paperMillimetres[options.paper];
  const [widthMm, heightMm] = options.orientation === 'landscape' ? [paper.height, paper.width] : [paper.width, paper.height];
  const page = { width: widthMm * pxPerMm, height: heightMm * pxPerMm };
  const margin = pageMarginMm * pxPerMm;
  const top = margin + (options.header ? headerMm * pxPerMm : 0);
  const bottom = margin + (options.footer ? footerMm * pxPerMm : 0);
  const content = { x: margin, y: top, width: page.width - 2 * margin, height: page.height - top - bottom };
  const header = options.header ? { x: margin, y: margin, width: content.width, height: headerMm * pxPerMm } : undefined;
  const footer = options.footer ? { x: margin, y: page.height - bottom, width: content.width, height: footerMm * pxPerMm } : undefined;
  const tiles = options.fit === 'page' ? [fitted(bounds, content)] : tiled(bounds, content);
  return { page, content, header, footer, tiles };
}

/** The board's bounds widened to the content's aspect ratio, centred. */
function fitted(bounds: Box, content: Box): Box {
  const scale = Math.min(content.width / bounds.width, content.height / bounds.height);
  const width = content.width / scale;
  const height = content.height / scale;
  return { x: bounds.x - (width - bounds.width) / 2, y: bounds.y - (height - bounds.height) / 2, width, height };
}

function tiled(bounds: Box, content: Box): Box[] {
  const count = (length: number, window: number) => Math.max(1, Math.ceil((length - tileOverlap) / (window - tileOverlap)));
  const columns = count(bounds.width, content.width);
  const rows = count(bounds.height, content.height);
  const tiles: Box[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      tiles.push({
        x: bounds.x + column * (content.width - tileOverlap),
        y: bounds.y + row * (content.height - tileOverlap),
        width: content.width,
        height: content.height,
      });
    }
  }
  return tiles;
}
