import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { BoardKind } from '../../../shared/domain/board';
import { cssString } from '../reports/PrintPageStyle';
import { MethodPrint } from '../methodTools/MethodPrint';

/** Margins of the method pages, in CSS pixels (the canvas sheets draw their own, edge to edge). */
const margin = { top: 40, side: 48, bottom: 56 };

export interface MethodSectionProps {
  kind: BoardKind;
  doc: Y.Doc;
  exerciseId: string;
  data: unknown;
  title: string;
  subtitle: string;
  page: { width: number; height: number };
  /** "Página x de y" at the foot of each method page, counted over the whole PDF. */
  footer: boolean;
  /** Canvas sheets follow: start them on a new page. */
  breakAfter: boolean;
}

/**
 * A method tool's tables and charts at the head of its board's PDF, flowing over as many pages as
 * they need. They are set on a named page with real margins, so a table that runs onto a second
 * sheet keeps its margins there too, and the page number comes from the page counters, which
 * count the canvas sheets as well.
 */
export function MethodSection({ kind, doc, exerciseId, data, title, subtitle, page, footer, breakAfter }: MethodSectionProps) {
  const { t } = useTranslation('print');
  const [before, between, after] = t('page.footer', { page: '\u0000', pages: '\u0000' }).split('\u0000');
  const counter = `${cssString(before ?? '')} counter(page) ${cssString(between ?? '')} counter(pages) ${cssString(after ?? '')}`;
  const css = `@page method { size: ${page.width}px ${page.height}px; margin: ${margin.top}px ${margin.side}px ${margin.bottom}px;${
    footer ? ` @bottom-right { content: ${counter}; font: 11px sans-serif; color: #1b1b1b; }` : ''
  } } .print-method { page: method; }`;
  return (
    <section className="print-method" style={{ width: page.width - 2 * margin.side, breakAfter: breakAfter ? 'page' : 'auto' }}>
      <style>{css}</style>
      <h1 style={{ fontSize: 22, margin: '0 0 4px' }}>{title}</h1>
      <p style={{ margin: '0 0 16px', fontSize: 12 }}>{subtitle}</p>
      <MethodPrint kind={kind} doc={doc} exerciseId={exerciseId} data={data} />
    </section>
  );
}
