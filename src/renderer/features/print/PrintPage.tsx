import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { BoardContent } from '../../../shared/interchange/boardContent';
import { boardBounds, pageLayout, type Box } from '../../../shared/print/layout';
import { parsePrintQuery } from '../../../shared/print/options';
import { selectedElements } from '../../../shared/print/selection';
import { isMethodTool, templateById } from '../../../shared/templates';
import { boardElementCount } from '../../../shared/documents/boardDoc';
import { api } from '../../app/api';
import { useZoneText } from '../../canvas/useCanvasEditing';
import { formatDate } from '../../i18n/format';
import { BoardPrint, type BoardPrintProps } from './BoardPrint';
import { loadBoardDrawing } from './boardDrawing';
import { MethodSection } from './MethodSection';
import { pageSettled } from './pageSettled';
import { embeddedFontCss, loadPrintFonts, printFontFamily } from './printFonts';

declare global {
  interface Window {
    /** Set once fonts and images are loaded: drivers (Chromium, Electron) print only then. */
    __mingaPrintReady?: boolean;
    /** The drawing as a standalone SVG file (fonts and images inline), for the SVG export. */
    __mingaPrintSvg?: () => Promise<string>;
  }
}

interface Loaded {
  doc: Y.Doc;
  exerciseId: string;
  printData: unknown;
  content: BoardContent;
  images: Record<string, string>;
  exercise: string;
  workshop: string;
}

/**
 * `#/print/board/:id`, the print view drivers open (`?paper=…&orientation=…&fit=…&header=1&footer=1&mode=pages|image`
 * in the page's query string): the board on sheets of paper for a PDF, or once at its own size for PNG and SVG.
 */
export function PrintPage({ id }: { id: string }) {
  const { t } = useTranslation('print');
  const [loaded, setLoaded] = useState<Loaded>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    window.__mingaPrintReady = false;
    let live = true;
    void loadBoard(id).then(
      (board) => live && setLoaded(board),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (failed) return <p role="alert">{t('page.failed')}</p>;
  if (!loaded) return <p>{t('page.loading')}</p>;
  return <PrintedBoard loaded={loaded} />;
}

async function loadBoard(id: string): Promise<Loaded> {
  const [drawing] = await Promise.all([loadBoardDrawing(id), loadPrintFonts()]);
  const [exercise, workshop] = await Promise.all([api.getExercise({ id: drawing.exerciseId }), api.getWorkshop({ id: drawing.workshopId })]);
  return { doc: drawing.doc, exerciseId: drawing.exerciseId, printData: drawing.printData, content: drawing.content, images: drawing.images, exercise: exercise.title, workshop: workshop.title };
}


function PrintedBoard({ loaded }: { loaded: Loaded }) {
  const { t, i18n } = useTranslation('print');
  const zoneText = useZoneText(loaded.content.kind, loaded.doc);
  const { options, mode, only } = useMemo(() => parsePrintQuery(window.location.search), []);
  // A selection: only those elements, framed to them.
  const elements = useMemo(() => (only ? selectedElements(loaded.content.elements, only) : loaded.content.elements), [loaded, only]);
  const bounds = useMemo(() => boardBounds(elements), [elements]);
  const drawing: BoardPrintProps = { title: loaded.content.title, elements, richText: loaded.content.richText, images: loaded.images, zoneText };

  useEffect(() => {
    window.__mingaPrintSvg = async () => standaloneSvg(drawing);
    let live = true;
    void pageSettled().then(() => {
      if (live) window.__mingaPrintReady = true;
    });
    return () => {
      live = false;
    };
  });

  if (mode === 'image') {
    return (
      <div data-print-image="" style={{ width: bounds.width, height: bounds.height }}>
        <BoardPrint {...drawing} />
      </div>
    );
  }

  const layout = pageLayout(bounds, options);
  const tool = templateById(loaded.content.kind)?.tool ?? 'none';
  // A method tool's notes canvas with nothing but its zone would be an empty sheet: leave it out.
  const tiles = isMethodTool(tool) && boardElementCount(elements) === 0 ? [] : layout.tiles;
  const date = formatDate(new Date().toISOString().slice(0, 10), i18n.language, 'long');
  const sheet = (box: Box): CSSProperties => ({ position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height });
  return (
    <div style={{ fontFamily: printFontFamily, color: '#1b1b1b' }}>
      <style>{`@page { size: ${layout.page.width}px ${layout.page.height}px; margin: 0 } html, body { margin: 0; padding: 0; background: #ffffff }`}</style>
      {isMethodTool(tool) ? (
        <MethodSection
          kind={loaded.content.kind}
          doc={loaded.doc}
          exerciseId={loaded.exerciseId}
          data={loaded.printData}
          title={loaded.content.title}
          subtitle={`${t('page.header', { exercise: loaded.exercise, workshop: loaded.workshop })} · ${date}`}
          page={layout.page}
          footer={Boolean(layout.footer)}
          breakAfter={tiles.length > 0}
        />
      ) : null}
      {tiles.map((tile, index) => (
        <section
          key={index}
          className="print-sheet"
          style={{ position: 'relative', width: layout.page.width, height: layout.page.height, overflow: 'hidden', breakAfter: index < tiles.length - 1 ? 'page' : 'auto' }}
        >
          {layout.header ? (
            <header style={{ ...sheet(layout.header), display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', borderBottom: '1px solid #999999', fontSize: 12 }}>
              <span>
                <strong style={{ fontSize: 15 }}>{loaded.content.title}</strong> · {t('page.header', { exercise: loaded.exercise, workshop: loaded.workshop })}
              </span>
              <span>{date}</span>
            </header>
          ) : null}
          <div style={sheet(layout.content)}>
            <BoardPrint {...drawing} viewBox={tile} width="100%" height="100%" />
          </div>
          {layout.footer ? (
            <footer style={{ ...sheet(layout.footer), display: 'flex', justifyContent: 'flex-end', alignItems: 'flex-end', fontSize: 11 }}>
              {t(isMethodTool(tool) ? 'page.canvasFooter' : 'page.footer', { page: index + 1, pages: tiles.length })}
            </footer>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** The drawing as an SVG file: an XML declaration, the fonts inline, every style inline. */
async function standaloneSvg(drawing: BoardPrintProps): Promise<string> {
  const markup = renderToStaticMarkup(<BoardPrint {...drawing} />);
  const fonts = await embeddedFontCss();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup.replace('<defs>', `<defs><style>${fonts}</style>`)}\n`;
}
