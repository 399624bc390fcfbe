import type { TFunction } from 'i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BenchmarkResults } from '../../../shared/methods/benchmark/results';
import { scoreScale, toDisplay } from '../../../shared/methods/benchmark/score';
import { formatNumber } from '../../i18n/format';
import { formatPercent, formatScore } from './display';

/** Dark enough to read on a washed-out projector; incomplete bars are outlined and dashed, and say so in their label. */
const ink = '#1a1f2b';
const barColour = '#0b5d52';
const gridColour = '#cfccc3';

export interface ChartBar {
  id: string;
  label: string;
  score: number;
  value: string;
  complete: boolean;
}

/** The bars in rank order: ranked cases, then incomplete ones with their provisional score. */
export function chartBars(results: BenchmarkResults, t: TFunction<'benchmark'>, locale: string): ChartBar[] {
  return results.ranking.flatMap((entry) => {
    const { mean, percentOfMax } = entry.total;
    if (mean === undefined) return [];
    const name = shorten(entry.item.organisation);
    return [{
      id: entry.item.id,
      label: entry.rank !== undefined ? t('results.barRanked', { rank: entry.rank, name }) : t('results.barIncomplete', { name }),
      score: toDisplay(mean, 4),
      value: `${formatScore(mean, locale)} · ${formatPercent(percentOfMax, locale)}`,
      complete: entry.rank !== undefined,
    }];
  });
}

/** The ranking as one sentence, for the chart's accessible name. */
export function rankingSummary(results: BenchmarkResults, t: TFunction<'benchmark'>, locale: string): string {
  return results.ranking
    .filter((entry) => entry.total.mean !== undefined)
    .map((entry) => {
      const values = { name: entry.item.organisation, score: formatScore(entry.total.mean, locale), percent: formatPercent(entry.total.percentOfMax, locale) };
      return entry.rank !== undefined ? t('results.ranked', { ...values, rank: entry.rank }) : t('results.unranked', values);
    })
    .join('; ');
}

function shorten(name: string): string {
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
}

export function chartHeight(bars: number): number {
  return 70 + bars * 46;
}

/**
 * Horizontal bars of the weighted scores (0–5 axis, value and percentage written at the end of
 * each bar), never animated. On screen they fill their parent's width; on paper `width` fixes the
 * size, so nothing waits for a measurement.
 */
export function ResultsChart({ bars, label, axisLabel, locale, width }: { bars: readonly ChartBar[]; label: string; axisLabel: string; locale: string; width?: number }) {
  const height = chartHeight(bars.length);
  const type = 15;
  const chart = (
    <BarChart layout="vertical" data={[...bars]} margin={{ top: 8, right: 130, bottom: 28, left: 8 }} {...(width ? { width, height } : {})}>
      <CartesianGrid horizontal={false} stroke={gridColour} />
      <XAxis
        type="number"
        domain={[0, scoreScale.max]}
        ticks={[0, 1, 2, 3, 4, 5]}
        tickFormatter={(value: number) => formatNumber(value, locale)}
        tick={{ fill: ink, fontSize: type - 1 }}
        stroke={ink}
        label={{ value: axisLabel, position: 'insideBottom', offset: -16, fill: ink, fontSize: type - 1 }}
      />
      <YAxis type="category" dataKey="label" width={230} tick={{ fill: ink, fontSize: type }} stroke={ink} interval={0} />
      <Bar dataKey="score" isAnimationActive={false} barSize={28}>
        {bars.map((bar) => (
          <Cell key={bar.id} fill={bar.complete ? barColour : '#ffffff'} stroke={barColour} strokeWidth={2} strokeDasharray={bar.complete ? undefined : '6 4'} />
        ))}
        <LabelList dataKey="value" position="right" fill={ink} fontSize={type} fontWeight={600} />
      </Bar>
    </BarChart>
  );
  return (
    <div role="img" aria-label={label} className="benchmark-chart" style={{ height, width }}>
      {width ? chart : <ResponsiveContainer width="100%" height="100%">{chart}</ResponsiveContainer>}
    </div>
  );
}

/** What the two kinds of bar mean, in words (never colour alone). */
export function ChartLegend({ t }: { t: TFunction<'benchmark'> }) {
  return (
    <ul className="benchmark-legend" aria-hidden="true">
      <li><span className="benchmark-legend__swatch" /> {t('results.legendComplete')}</li>
      <li><span className="benchmark-legend__swatch benchmark-legend__swatch--dashed" /> {t('results.legendIncomplete')}</li>
    </ul>
  );
}
