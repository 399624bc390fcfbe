import type { CSSProperties, ReactNode } from 'react';
import type { BoardElement, ConnectorElement, ZoneElement } from '../../../shared/board/elements';
import type { RichText } from '../../../shared/board/richText';
import { boardBounds, type Box } from '../../../shared/print/layout';
import { notePalette, noteTextColour } from '../boards/notePalette';
import { printFontFamily } from './printFonts';

export interface BoardPrintProps {
  /** The board's title: the drawing's accessible name. */
  title: string;
  /** The board's elements as plain values (`readElements(doc)` or `readBoardContent(doc).elements`). */
  elements: readonly BoardElement[];
  /** Bold/italic runs by element id (`readBoardContent(doc).richText`); plain text otherwise. */
  richText?: Readonly<Record<string, RichText>>;
  /** Image sources by asset id (data: URLs keep an SVG export standalone); a missing one prints as a labelled box. */
  images?: Readonly<Record<string, string>>;
  /** A template zone's title and question in the UI language (`useZoneText`); by default the zone's own text. */
  zoneText?: (zoneKey: string, fallback: { title: string; prompt: string }) => { title: string; prompt: string };
  /** The part of the board to show, in board units; the whole board by default. */
  viewBox?: Box;
  /** Size on the page (CSS length or pixels); the drawing keeps its aspect inside it. */
  width?: number | string;
  height?: number | string;
}

/**
 * A board drawn as static SVG for paper and images: no React Flow, no editing, real text
 * (HTML in `foreignObject`, so it wraps and stays selectable in a PDF) in the bundled print font.
 * Everything is styled inline, so the serialized element is a standalone SVG. Notes still hidden
 * by private mode are left out. Reused by the reports, which print many boards.
 */
export function BoardPrint({ title, elements, richText = {}, images = {}, zoneText, viewBox, width, height }: BoardPrintProps) {
  const box = viewBox ?? boardBounds(elements);
  const visible = elements.filter((element) => !(element.type === 'note' && element.hidden)).sort((a, b) => layer(a) - layer(b) || a.z - b.z);
  const byId = new Map(visible.map((element) => [element.id, element]));
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={title}
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      width={width ?? box.width}
      height={height ?? box.height}
      style={{ fontFamily: printFontFamily, background: '#ffffff' }}
      data-board-print=""
    >
      <defs>
        <marker id="board-print-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#444444" />
        </marker>
      </defs>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="#ffffff" />
      {visible.map((element) => (
        <PrintElement key={element.id} element={element} byId={byId} rich={richText[element.id]} images={images} zoneText={zoneText} />
      ))}
    </svg>
  );
}

/** Zones and frames behind, connectors above shapes, the rest by their stacking order. */
const layer = (element: BoardElement) => (element.type === 'zone' ? 0 : element.type === 'frame' ? 1 : element.type === 'connector' ? 3 : 2);

function PrintElement({ element, byId, rich, images, zoneText }: {
  element: BoardElement;
  byId: Map<string, BoardElement>;
  rich: RichText | undefined;
  images: Readonly<Record<string, string>>;
  zoneText: BoardPrintProps['zoneText'];
}) {
  const { x, y, width, height } = element;
  switch (element.type) {
    case 'zone':
      return <Zone zone={element} text={zoneText ? zoneText(element.zoneKey, element) : element} />;
    case 'frame':
      return (
        <g>
          <rect x={x} y={y} width={width} height={height} fill="none" stroke="#6b6b6b" strokeWidth={2} strokeDasharray="8 6" rx={6} />
          <text x={x + 4} y={y - 8} fontSize={16} fontWeight={700} fill="#333333">{element.title}</text>
        </g>
      );
    case 'note': {
      const palette = notePalette[element.color];
      return (
        <g>
          <rect x={x} y={y} width={width} height={height} fill={palette.fill} stroke={palette.edge} strokeWidth={1.5} rx={4} />
          <Html box={{ x, y, width, height }} style={{ padding: 10, fontSize: 15, color: noteTextColour }}>
            <Text text={element.text} rich={rich} />
            {element.author || element.tags.length > 0 ? (
              <div style={{ marginTop: 6, fontSize: 11, color: '#4a4a4a' }}>
                {[element.author, ...element.tags.map((tag) => `#${tag}`)].filter(Boolean).join(' · ')}
              </div>
            ) : null}
          </Html>
        </g>
      );
    }
    case 'text':
      return (
        <Html box={{ x, y, width, height }} style={{ fontSize: element.fontSize, color: '#1b1b1b' }}>
          <Text text={element.text} rich={rich} />
        </Html>
      );
    case 'shape': {
      const palette = notePalette[element.color];
      const paint = { fill: palette.fill, stroke: palette.edge, strokeWidth: 2 };
      return (
        <g>
          {element.shape === 'ellipse' ? (
            <ellipse cx={x + width / 2} cy={y + height / 2} rx={width / 2} ry={height / 2} {...paint} />
          ) : element.shape === 'diamond' ? (
            <polygon points={`${x + width / 2},${y} ${x + width},${y + height / 2} ${x + width / 2},${y + height} ${x},${y + height / 2}`} {...paint} />
          ) : (
            <rect x={x} y={y} width={width} height={height} rx={4} {...paint} />
          )}
          <Html box={{ x, y, width, height }} style={{ padding: 12, fontSize: 15, color: noteTextColour, display: 'flex', alignItems: 'center', justifyContent: 'center', textAlign: 'center' }}>
            <Text text={element.text} rich={rich} />
          </Html>
        </g>
      );
    }
    case 'image': {
      const source = images[element.assetId];
      return source ? (
        <image href={source} x={x} y={y} width={width} height={height} preserveAspectRatio="xMidYMid meet">
          <title>{element.alt}</title>
        </image>
      ) : (
        <g>
          <rect x={x} y={y} width={width} height={height} fill="#eeeeee" stroke="#999999" />
          <Html box={{ x, y, width, height }} style={{ padding: 8, fontSize: 12, color: '#444444' }}>{element.alt}</Html>
        </g>
      );
    }
    case 'connector':
      return <Connector connector={element} byId={byId} />;
  }
}

function Zone({ zone, text }: { zone: ZoneElement; text: { title: string; prompt: string } }) {
  const { x, y, width, height } = zone;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={zone.color} stroke="#b5b5b5" strokeWidth={1} />
      <Html box={{ x, y, width, height }} style={{ padding: 12, color: '#1b1b1b' }}>
        <div style={{ fontSize: 18, fontWeight: 700 }}>{text.title}</div>
        {text.prompt ? <div style={{ fontSize: 13, fontStyle: 'italic', color: '#3d3d3d', marginTop: 4 }}>{text.prompt}</div> : null}
      </Html>
    </g>
  );
}

function Connector({ connector, byId }: { connector: ConnectorElement; byId: Map<string, BoardElement> }) {
  const from = byId.get(connector.from);
  const to = byId.get(connector.to);
  if (!from || !to) return null;
  const start = anchor(from, connector.fromSide, to);
  const end = anchor(to, connector.toSide, from);
  const middle = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const labelWidth = Math.max(40, connector.label.length * 8 + 16);
  return (
    <g>
      <line x1={start.x} y1={start.y} x2={end.x} y2={end.y} stroke="#444444" strokeWidth={2} markerEnd={connector.arrow ? 'url(#board-print-arrow)' : undefined} />
      {connector.label ? (
        <Html box={{ x: middle.x - labelWidth / 2, y: middle.y - 12, width: labelWidth, height: 24 }} style={{ fontSize: 13, textAlign: 'center', color: '#1b1b1b' }}>
          <span style={{ background: '#ffffff', padding: '1px 4px' }}>{connector.label}</span>
        </Html>
      ) : null}
    </g>
  );
}

/** A side's midpoint, or without a side the point of the element's edge that faces the other end. */
function anchor(element: BoardElement, side: ConnectorElement['fromSide'], other: BoardElement): { x: number; y: number } {
  const centre = { x: element.x + element.width / 2, y: element.y + element.height / 2 };
  if (side === 'top') return { x: centre.x, y: element.y };
  if (side === 'bottom') return { x: centre.x, y: element.y + element.height };
  if (side === 'left') return { x: element.x, y: centre.y };
  if (side === 'right') return { x: element.x + element.width, y: centre.y };
  const dx = other.x + other.width / 2 - centre.x;
  const dy = other.y + other.height / 2 - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = Math.min(dx === 0 ? Infinity : element.width / 2 / Math.abs(dx), dy === 0 ? Infinity : element.height / 2 / Math.abs(dy));
  return { x: centre.x + dx * scale, y: centre.y + dy * scale };
}

/** Wrapped HTML text inside the drawing (XHTML namespace, so the serialized SVG stays valid). */
function Html({ box, style, children }: { box: Box; style?: CSSProperties; children: ReactNode }) {
  return (
    <foreignObject x={box.x} y={box.y} width={box.width} height={box.height}>
      <div
        // React sets the namespace for a foreignObject's children; the attribute keeps it in the serialized file.
        {...{ xmlns: 'http://www.w3.org/1999/xhtml' }}
        style={{ boxSizing: 'border-box', width: '100%', height: '100%', overflow: 'hidden', lineHeight: 1.3, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', ...style }}
      >
        {children}
      </div>
    </foreignObject>
  );
}

/** Text with its bold and italic runs kept. */
function Text({ text, rich }: { text: string; rich: RichText | undefined }) {
  if (!rich) return <div>{text}</div>;
  return (
    <div>
      {rich.map((run, index) => {
        const style: CSSProperties = { fontWeight: run.attributes?.bold ? 700 : undefined, fontStyle: run.attributes?.italic ? 'italic' : undefined };
        return run.attributes ? <span key={index} style={style}>{run.insert}</span> : <span key={index}>{run.insert}</span>;
      })}
    </div>
  );
}
