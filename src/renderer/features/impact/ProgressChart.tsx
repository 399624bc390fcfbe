import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ProgressBar } from '../../../shared/domain/indicatorSeries';
import { formatNumber } from '../../i18n/format';
import { chartColors } from './chartColors';

const rowHeight = 44;

/**
 * Progress towards the final target, one horizontal bar per indicator with its percentage
 * written at its end. `width` fixes the size for paper (no ResponsiveContainer, which measures
 * after the first paint); without it the chart fills its box on screen.
 */
export function ProgressChart({ bars, width }: { bars: readonly ProgressBar[]; width?: number }) {
  const { t, i18n } = useTranslation('impact');
  const locale = i18n.language;
  const percentText = (percent: number | undefined) => (percent === undefined ? t('charts.noFigure') : formatNumber(percent / 100, locale, { style: 'percent' }));
  const data = bars.map((bar) => ({ title: bar.title, percent: bar.percent ?? 0, label: percentText(bar.percent) }));
  const height = Math.max(120, data.length * rowHeight + 50);
  const label = t('charts.overviewLabel', { items: bars.map((bar) => `${bar.title} ${percentText(bar.percent)}`).join('; ') });
  const chart = (
    <BarChart data={data} layout="vertical" margin={{ top: 8, right: 72, bottom: 24, left: 8 }} accessibilityLayer={false} {...(width ? { width, height } : {})}>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fill: chartColors.text, fontSize: 13 }} unit=" %" />
      <YAxis type="category" dataKey="title" width={180} tick={{ fill: chartColors.text, fontSize: 14 }} interval={0} />
      <Bar dataKey="percent" fill={chartColors.bar} barSize={24} isAnimationActive={false}>
        <LabelList dataKey="label" position="right" fill={chartColors.text} fontSize={15} fontWeight={700} />
      </Bar>
    </BarChart>
  );
  return (
    <div role="img" aria-label={label} className="impact-chart" style={{ height, ...(width ? { width } : {}) }}>
      {width ? chart : <ResponsiveContainer width="100%" height="100%">{chart}</ResponsiveContainer>}
    </div>
  );
}
