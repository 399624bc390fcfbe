import { useTranslation } from 'react-i18next';
import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { finalTarget, type Indicator } from '../../../shared/domain/indicator';
import { indicatorSeries } from '../../../shared/domain/indicatorSeries';
import { formatNumber } from '../../i18n/format';
import { chartColors } from './chartColors';

const height = 240;

/**
 * One indicator over time: the targets (dashed) and the actuals (solid) from the baseline on.
 * Both lines start at the baseline; a period without an actual yet leaves a gap the line
 * bridges. `width` fixes the size for paper; without it the chart fills its box on screen.
 */
export function IndicatorChart({ indicator, width }: { indicator: Indicator; width?: number }) {
  const { t, i18n } = useTranslation('impact');
  const locale = i18n.language;
  const number = (value: number) => formatNumber(value, locale);
  const series = indicatorSeries(indicator);
  // Actuals usually trail the plan: their figures go on the side away from the target line.
  const rising = (finalTarget(indicator.targets)?.value ?? indicator.baseline.value) >= indicator.baseline.value;
  const data = series.map((point) => ({ ...point, label: point.period || t('charts.baseline') }));
  const items = series.map((point) => {
    if (!point.period) return t('charts.seriesBaseline', { value: number(indicator.baseline.value) });
    const values = [
      point.target === undefined ? '' : t('charts.targetValue', { value: number(point.target) }),
      point.actual === undefined ? '' : t('charts.actualValue', { value: number(point.actual) }),
    ].filter(Boolean);
    return t('charts.seriesPoint', { period: point.period, values: values.join(', ') });
  });
  const chart = (
    <LineChart data={data} margin={{ top: 24, right: 32, bottom: 16, left: 8 }} accessibilityLayer={false} {...(width ? { width, height } : {})}>
      <CartesianGrid stroke={chartColors.grid} />
      <XAxis dataKey="label" tick={{ fill: chartColors.text, fontSize: 13 }} />
      <YAxis tick={{ fill: chartColors.text, fontSize: 13 }} width={56} tickFormatter={number} />
      {width ? null : <Tooltip formatter={(value) => (typeof value === 'number' ? number(value) : String(value))} />}
      <Legend wrapperStyle={{ color: chartColors.text, fontSize: 14 }} />
      <Line
        name={t('charts.target')} dataKey="target" stroke={chartColors.target} strokeWidth={3} strokeDasharray="8 5"
        dot={{ r: 5, fill: chartColors.target, strokeWidth: 0 }} legendType="square" connectNulls isAnimationActive={false}
      />
      <Line
        name={t('charts.actual')} dataKey="actual" stroke={chartColors.actual} strokeWidth={3}
        dot={{ r: 6, fill: chartColors.actual, strokeWidth: 0 }} legendType="circle" connectNulls isAnimationActive={false}
      >
        <LabelList dataKey="actual" position={rising ? 'bottom' : 'top'} fill={chartColors.text} fontSize={14} fontWeight={700} formatter={(value) => (typeof value === 'number' ? number(value) : '')} />
      </Line>
    </LineChart>
  );
  return (
    <div role="img" aria-label={t('charts.seriesLabel', { title: indicator.title, items: items.join('; ') })} className="impact-chart" style={{ height, ...(width ? { width } : {}) }}>
      {width ? chart : <ResponsiveContainer width="100%" height="100%">{chart}</ResponsiveContainer>}
    </div>
  );
}
