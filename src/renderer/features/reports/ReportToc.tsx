import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface TocEntry {
  id: string;
  number: number;
  title: string;
}

/**
 * The table of contents: numbered links to the sections. Chromium's PDF output does not
 * resolve `target-counter()`, so there are no page numbers here; the numbered headings and the
 * page numbers in each page's footer stand in for them, and the links stay links in the PDF.
 * On screen the route lives in the hash, so a click scrolls to the section without changing it.
 */
export function ReportToc({ entries }: { entries: readonly TocEntry[] }) {
  const { t } = useTranslation('reports');
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    const heading = document.getElementById(`${id}-heading`);
    heading?.scrollIntoView();
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="report-toc" aria-labelledby="report-toc-heading">
      <h2 id="report-toc-heading">{t('toc')}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} onClick={(event) => follow(event, entry.id)}>
              <span className="report-toc__number">{entry.number}.</span> {entry.title}
            </a>
          </li>
        ))}
      </ol>
      <p className="muted report-toc__hint">{t('tocHint')}</p>
    </nav>
  );
}
