import { useTranslation } from 'react-i18next';

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
export function cssString(text: string): string {
  return `"${text.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The paper: A4 with a running header (the report's kind and title) and a footer with
 * "page x of y", drawn in @page margin boxes (Chromium prints them since version 131). The
 * text comes from the catalogue, so the rule is written here rather than in the stylesheet.
 */
export function PrintPageStyle({ header }: { header: string }) {
  const { t } = useTranslation('reports');
  const [before, between, after] = t('running.page', { page: '\u0000', pages: '\u0000' }).split('\u0000');
  const footer = `${cssString(before ?? '')} counter(page) ${cssString(between ?? '')} counter(pages) ${cssString(after ?? '')}`;
  const css = `@page { size: A4; margin: 20mm 16mm 20mm 16mm;
  @top-left { content: ${cssString(header)}; font: 9pt system-ui, sans-serif; color: #444; }
  @bottom-right { content: ${footer}; font: 9pt system-ui, sans-serif; color: #444; } }
@page :first { @top-left { content: none; } }`;
  return <style>{css}</style>;
}
