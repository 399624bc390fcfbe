import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { Button } from '../../ui';
import type { ReportKind } from '../../../shared/contract/print';
import { DownloadReportPdf } from './DownloadReportPdf';
import { PrintPageStyle } from './PrintPageStyle';
import { ReportToc, type TocEntry } from './ReportToc';
import './reports.css';

/**
 * The frame both reports share, one layout for screen and paper: a toolbar (screen only), a
 * cover page, the table of contents, then the numbered sections.
 */
export function ReportLayout({ report, kind, title, subtitle, cover, generatedAt, sections, children }: {
  /** Which report this is, for the PDF download. */
  report: { kind: ReportKind; id: string };
  kind: string;
  title: string;
  subtitle: string;
  cover: ReactNode;
  generatedAt: string;
  sections: readonly TocEntry[];
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation('reports');
  useEffect(() => {
    // Also the file name Chromium suggests when saving as PDF.
    document.title = `${kind} · ${title}`;
  }, [kind, title]);

  return (
    <div className="report">
      <PrintPageStyle header={`${kind} · ${title}`} />
      <div className="report__toolbar" role="toolbar" aria-label={kind}>
        <Button variant="primary" onClick={() => window.print()}>
          {t('print')}
        </Button>
        <DownloadReportPdf kind={report.kind} id={report.id} title={`${kind} ${title}`} />
        <p className="muted">{t('printHint')}</p>
      </div>
      <main id="main" className="report__main">
        <header className="report-cover">
          <p className="report-cover__kind">{kind}</p>
          <h1 className="report-cover__title">{title}</h1>
          <p className="report-cover__subtitle">{subtitle}</p>
          {cover}
          <p className="report-cover__generated">{t('generatedAt', { date: formatDateTime(generatedAt, i18n.language) })}</p>
        </header>
        <ReportToc entries={sections} />
        {children}
      </main>
    </div>
  );
}

/** A numbered section: its heading carries the number the table of contents shows. */
export function ReportSection({ entry, children }: { entry: TocEntry; children: ReactNode }) {
  return (
    <section className="report-section" id={entry.id} aria-labelledby={`${entry.id}-heading`}>
      <h2 id={`${entry.id}-heading`}>
        <span className="report-section__number">{entry.number}.</span> {entry.title}
      </h2>
      {children}
    </section>
  );
}

/** Sections numbered in order from their ids and titles. */
export function numberSections(sections: readonly { id: string; title: string }[]): TocEntry[] {
  return sections.map((section, index) => ({ ...section, number: index + 1 }));
}
