import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readIndicatorLinks } from '../../../shared/documents/impactIndicators';
import { impactLevels, impactLinks, readStatements, readTheoryOfChange, type ImpactLevel } from '../../../shared/documents/impactModel';
import { indicatorStatus, Indicator } from '../../../shared/domain/indicator';
import { progressBars, toPercent } from '../../../shared/domain/indicatorSeries';
import { formatDate, formatNumber } from '../../i18n/format';
import type { MethodPrintProps } from '../methodTools/types';
import { IndicatorChart } from './IndicatorChart';
import { ProgressChart } from './ProgressChart';

/** What `loadPrintData` fetched: the exercise's indicators (anything else prints as none). */
const PrintData = z.array(Indicator);
/** The content width of an A4 sheet at 96 dpi with the print page's margins. */
const chartWidth = 680;

/**
 * The impact model on paper: the theory of change, the indicator table with the IATI columns,
 * the progress bars and one chart per indicator. Static: everything is read on the first render.
 */
export function ImpactPrint({ doc, data }: MethodPrintProps) {
  const { t, i18n } = useTranslation('impact');
  const locale = i18n.language;
  const toc = readTheoryOfChange(doc);
  const links = readIndicatorLinks(doc);
  const statements = new Map(readStatements(doc).map((statement) => [statement.id, statement.text]));
  const parsed = PrintData.safeParse(data);
  const indicators = parsed.success ? parsed.data : [];
  const levelName = (level: ImpactLevel) => t(`toc.levels.${level}`);
  const withUnit = (value: number, unit: string) => (unit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale));
  const entries = (list: readonly { period: string; value: number }[], unit: string) =>
    list.length === 0 ? t('print.none') : list.map((entry) => t('print.entry', { period: entry.period, value: withUnit(entry.value, unit) })).join('; ');
  const linkText = (id: string) => {
    const link = links[id];
    if (!link) return t('print.none');
    const text = link.statementId ? statements.get(link.statementId) : undefined;
    return text ? t('indicators.statementOption', { level: levelName(link.level), text }) : levelName(link.level);
  };

  return (
    <div className="impact-print">
      <h2>{t('print.tocHeading')}</h2>
      <p><strong>{t('toc.problem')}:</strong> {toc.problem || t('print.noProblem')}</p>
      <div className="impact-print__chain">
        {impactLevels.map((level, index) => (
          <Fragment key={level}>
            {index > 0 ? <div className="impact-print__arrow" aria-hidden="true">→</div> : null}
            <section className="impact-print__level">
              <h3>{index + 1}. {levelName(level)}</h3>
              {toc.levels[level].length === 0 ? <p>{t('print.none')}</p> : (
                <ul>
                  {toc.levels[level].map((statement) => <li key={statement.id}>{statement.text}</li>)}
                </ul>
              )}
            </section>
          </Fragment>
        ))}
      </div>
      <h3>{t('toc.assumptionsHeading')}</h3>
      <dl className="impact-print__assumptions">
        {impactLinks.map((link) => {
          const [from, to] = link.split('>') as [ImpactLevel, ImpactLevel];
          return (
            <div key={link}>
              <dt>{t('toc.assumption', { from: levelName(from), to: levelName(to) })}</dt>
              <dd>{toc.assumptions[link] || t('print.noAssumption')}</dd>
            </div>
          );
        })}
      </dl>

      <h2>{t('print.indicatorsHeading')}</h2>
      {indicators.length === 0 ? <p>{t('print.noIndicators')}</p> : (
        <>
          <table className="impact-print__table">
            <caption>{t('print.caption')}</caption>
            <thead>
              <tr>
                {(['indicator', 'unit', 'baseline', 'targets', 'actuals', 'source', 'responsible', 'link', 'progress'] as const).map((column) => (
                  <th key={column} scope="col">{t(`print.${column}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const percent = toPercent(indicatorStatus(indicator).progress);
                return (
                  <tr key={indicator.id}>
                    <th scope="row">{indicator.title}</th>
                    <td>{indicator.unit || t('print.none')}</td>
                    <td>
                      {formatNumber(indicator.baseline.value, locale)}
                      {indicator.baseline.date ? ` (${formatDate(indicator.baseline.date, locale)})` : ''}
                    </td>
                    <td>{entries(indicator.targets, indicator.unit)}</td>
                    <td>{entries(indicator.actuals, indicator.unit)}</td>
                    <td>{indicator.source || t('print.none')}</td>
                    <td>{indicator.responsible || t('print.none')}</td>
                    <td>{linkText(indicator.id)}</td>
                    <td className="impact-print__number">{percent === undefined ? t('print.none') : formatNumber(percent / 100, locale, { style: 'percent' })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>{t('charts.overviewHeading')}</h3>
          <ProgressChart bars={progressBars(indicators)} width={chartWidth} />
          {indicators.map((indicator) => (
            <section key={indicator.id} className="impact-print__indicator">
              <h3>{indicator.title}</h3>
              <IndicatorChart indicator={indicator} width={chartWidth} />
            </section>
          ))}
        </>
      )}
    </div>
  );
}
