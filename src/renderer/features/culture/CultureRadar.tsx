import { useTranslation } from 'react-i18next';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import type { Comparison } from '../../../shared/methods/culture/results';

/*
 * Two series that still read on a washed-out projector or in grey: the baseline dark grey and
 * dashed, the follow-up the brand green, solid and thicker-dotted; the legend names both. The
 * radius runs over the scale, 1 to 5.
 */
const baselineColour = '#4b5260';
const followUpColour = '#0b5d52';
// The radius axis runs between the first two dimensions, so its numbers never sit under a name.

interface Point { dimension: string; baseline: number | null; followUp: number | null }

/** Splits a long dimension name over two lines at the space nearest its middle. */
function AxisTick({ x = 0, y = 0, payload, textAnchor }: { x?: number; y?: number; payload?: { value: string }; textAnchor?: 'start' | 'middle' | 'end' | 'inherit' }) {
  const text = payload?.value ?? '';
  const middle = text.length / 2;
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index ?? 0);
  const split = text.length > 18 && spaces.length > 0 ? spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best)) : -1;
  const lines = split > 0 ? [text.slice(0, split), text.slice(split + 1)] : [text];
  return (
    <text x={x} y={y - (lines.length - 1) * 7} textAnchor={textAnchor} fill="#1a1f2b" fontSize={14}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : 15}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The radar of the dimension means. `size` fixes the chart for paper (no resize observer, no
 * animation); without it the chart fills its parent, which must have a height.
 */
export function CultureRadar({ comparison, size }: { comparison: Comparison; size?: { width: number; height: number } }) {
  const { t } = useTranslation('culture');
  const data: Point[] = comparison.rows.map((row) => ({ dimension: row.name, baseline: row.baseline.mean ?? null, followUp: row.followUp?.mean ?? null }));
  const baselineName = comparison.baselineRound?.name ?? t('rounds.baselineName');
  const followUpName = comparison.followUpRound?.name;
  const label = followUpName !== undefined ? t('results.chartLabel', { baseline: baselineName, followUp: followUpName }) : t('results.chartLabelOne', { baseline: baselineName });
  const chart = (
    <RadarChart data={data} outerRadius="68%" width={size?.width} height={size?.height}>
      <PolarGrid stroke="#9aa0aa" />
      <PolarAngleAxis dataKey="dimension" tick={<AxisTick />} />
      <PolarRadiusAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5] as never} tickCount={5} angle={90 - 180 / Math.max(3, data.length)} stroke="#6b7280" tick={{ fill: '#1a1f2b', fontSize: 12 }} />
      <Radar
        name={baselineName}
        dataKey="baseline"
        stroke={baselineColour}
        strokeWidth={3}
        strokeDasharray="8 5"
        fill={baselineColour}
        fillOpacity={0.08}
        dot={{ r: 4, fill: baselineColour, strokeDasharray: '' }}
        legendType="plainline"
        isAnimationActive={false}
      />
      {followUpName !== undefined ? (
        <Radar name={followUpName} dataKey="followUp" stroke={followUpColour} strokeWidth={3} fill={followUpColour} fillOpacity={0.18} dot={{ r: 5, fill: followUpColour }} legendType="plainline" isAnimationActive={false} />
      ) : null}
      <Legend wrapperStyle={{ fontSize: 14, color: '#1a1f2b' }} />
    </RadarChart>
  );
  return (
    <div className="culture-radar" role="img" aria-label={label} style={size ? { width: size.width, height: size.height } : undefined}>
      {size ? chart : <ResponsiveContainer width="100%" height="100%">{chart}</ResponsiveContainer>}
    </div>
  );
}
