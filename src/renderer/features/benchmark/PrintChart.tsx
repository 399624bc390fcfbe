import { scoreScale } from '../../../shared/methods/benchmark/score';
import { formatNumber } from '../../i18n/format';
import type { ChartBar } from './ResultsChart';

const ink = '#1b1b1b';
const barColour = '#0b5d52';
const gridColour = '#bdbab2';
const row = 34;
const top = 8;
const axis = 44;
const labelWidth = 200;
const valueWidth = 96;

/**
 * The ranking's bars for paper, drawn as plain SVG. Recharts 3 fills its chart in only after its
 * first effects run (its first render is an empty wrapper), and the PDF is taken from what the
 * first paint shows; this draws the same bars (0–5 axis, value and percentage at each bar, dashed
 * outline for incomplete cases) in a single render.
 */
export function PrintChart({ bars, width, label, axisLabel, locale }: { bars: readonly ChartBar[]; width: number; label: string; axisLabel: string; locale: string }) {
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - valueWidth;
  const plotBottom = top + bars.length * row;
  const height = plotBottom + axis;
  // Rounded to hundredths of a pixel: the printed SVG stays readable and stable.
  const x = (score: number) => Math.round((plotLeft + (score / scoreScale.max) * plotWidth) * 100) / 100;
  const ticks = Array.from({ length: scoreScale.max + 1 }, (_, index) => index);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="benchmark-print__chart" fontSize={12} fill={ink}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={plotBottom} stroke={gridColour} strokeWidth={1} />
          <text x={x(tick)} y={plotBottom + 16} textAnchor="middle">{formatNumber(tick, locale)}</text>
        </g>
      ))}
      <line x1={plotLeft} x2={plotLeft + plotWidth} y1={plotBottom} y2={plotBottom} stroke={ink} />
      <line x1={plotLeft} x2={plotLeft} y1={top} y2={plotBottom} stroke={ink} />
      {bars.map((bar, index) => {
        const y = top + index * row;
        return (
          <g key={bar.id} className="benchmark-print__bar">
            <text x={plotLeft - 8} y={y + row / 2} textAnchor="end" dominantBaseline="central">{bar.label}</text>
            <rect
              x={plotLeft}
              y={y + 6}
              width={Math.max(0, Math.round((x(bar.score) - plotLeft) * 100) / 100)}
              height={row - 12}
              fill={bar.complete ? barColour : '#ffffff'}
              stroke={barColour}
              strokeWidth={2}
              strokeDasharray={bar.complete ? undefined : '6 4'}
            />
            <text x={x(bar.score) + 6} y={y + row / 2} dominantBaseline="central" fontWeight={700} stroke="#ffffff" strokeWidth={4} paintOrder="stroke">
              {bar.value}
            </text>
          </g>
        );
      })}
      <text x={plotLeft + plotWidth / 2} y={height - 6} textAnchor="middle">{axisLabel}</text>
    </svg>
  );
}
