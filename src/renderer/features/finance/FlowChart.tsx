import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Currency } from '../../../shared/domain/money';
import type { Dec } from '../../../shared/methods/finance/decimal';
import type { EstimateResults } from '../../../shared/methods/finance/evaluate';
import type { PeriodUnit } from '../../../shared/methods/finance/fields';
import { formatMinor, useFinanceText } from './format';

/*
 * Strong colours that survive a washed-out projector and read for red-green colour blindness
 * (blue against orange, a black line); the legend names each series, so colour is never alone.
 */
export const chartColours = { costs: '#b4410a', benefits: '#1747c5', cumulative: '#111111' } as const;

const compactFormats = new Map<string, Intl.NumberFormat>();
function compactMoney(value: number, currency: Currency, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = compactFormats.get(key);
  if (!format) compactFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })));
  return format.format(value);
}

/** Chart values are plain numbers in major units: a chart's pixels need no centavo exactness. */
const major = (minor: Dec) => Number(minor.dividedBy(100).toFixed(2));

export interface FlowChartProps {
  results: EstimateResults;
  currency: Currency;
  periodUnit: PeriodUnit;
  /** A fixed size for print (complete on first paint); without it the chart fills its parent. */
  size?: { width: number; height: number };
}

/**
 * Costs and benefits per period as bars, the cumulative net as a line. The figure is one image
 * for assistive technology (its figures are in the per-period table beside it), so the chart's
 * own keyboard layer is off: nothing inside an image should take focus.
 */
export function FlowChart({ results, currency, periodUnit, size }: FlowChartProps) {
  const { t, locale, periodLabel } = useFinanceText(periodUnit);
  const data = results.periods.map((flow) => ({
    label: periodLabel(flow.period),
    costs: major(flow.costs),
    benefits: major(flow.benefits),
    cumulative: major(flow.cumulativeNet),
    exact: { costs: flow.costs, benefits: flow.benefits, cumulative: flow.cumulativeNet },
  }));
  const animate = !size;
  const chart = (
    <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 12, right: 16, bottom: 4, left: 8 }} {...(size ?? {})}>
      <CartesianGrid stroke="#c9c6bd" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: '#1a1f2b', fontSize: 13 }} stroke="#4b5260" />
      <YAxis tickFormatter={(value: number) => compactMoney(value, currency, locale)} tick={{ fill: '#1a1f2b', fontSize: 13 }} stroke="#4b5260" width={88} />
      <ReferenceLine y={0} stroke="#1a1f2b" />
      {size ? null : (
        <Tooltip
          formatter={(_value, name, item) => {
            const key = (item as { dataKey?: string }).dataKey as keyof (typeof data)[number]['exact'];
            return [formatMinor(item.payload.exact[key], currency, locale), name];
          }}
        />
      )}
      {/* Series order (costs, benefits, line), not alphabetical. */}
      <Legend itemSorter={null} wrapperStyle={{ color: '#1a1f2b', fontSize: 14 }} />
      <Bar dataKey="costs" name={t('periods.costs')} fill={chartColours.costs} isAnimationActive={animate} />
      <Bar dataKey="benefits" name={t('periods.benefits')} fill={chartColours.benefits} isAnimationActive={animate} />
      <Line
        dataKey="cumulative" name={t('periods.cumulative')} type="linear" stroke={chartColours.cumulative} strokeWidth={3}
        dot={{ r: 4, fill: chartColours.cumulative }} isAnimationActive={animate}
      />
    </ComposedChart>
  );
  return (
    <figure className="finance-chart" role="img" aria-label={t('chart.label')} style={size ? { width: size.width, height: size.height } : undefined}>
      {size ? chart : <ResponsiveContainer width="100%" height="100%">{chart}</ResponsiveContainer>}
    </figure>
  );
}
