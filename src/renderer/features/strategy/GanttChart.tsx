import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceDot, ReferenceLine, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { GanttRow, Timeline } from '../../../shared/documents/strategy';
import { formatMonthTick, yearlyTicks } from './dates';
import { milestoneColour, objectiveStyle, statusStyle, todayColour } from './statusStyle';

/** Paper is read up close; a projected screen needs bigger rows and type. */
const sizes = {
  screen: { rowHeight: 42, axisHeight: 64, font: 14, labelWidth: 260 },
  paper: { rowHeight: 30, axisHeight: 56, font: 11, labelWidth: 190 },
} as const;
const labelLimit = 34;

interface ChartRow {
  label: string;
  row: GanttRow;
  range: [number, number];
}

/** The chart's height for its rows, so a screen parent can give it room before it draws. */
export function ganttHeight(timeline: Timeline, paper = false): number {
  const size = paper ? sizes.paper : sizes.screen;
  return timeline.rows.length * size.rowHeight + size.axisHeight;
}

/**
 * The plan as a Gantt chart: one row per objective (a thin bar spanning its initiatives) and per
 * initiative (a bar from its first to its last day, styled by status), milestones as diamonds on
 * the row they belong to (filled once reached), today as a red line. `width` fixes the size for
 * paper; without it the chart fills its parent's width. Never animated, so print is complete.
 */
export function GanttChart({ timeline, width, locale }: { timeline: Timeline; width?: number; locale: string }) {
  const { t } = useTranslation('strategy');
  const rowLabel = (row: GanttRow) => {
    if (row.kind === 'unlinked') return t('timeline.unlinked');
    const text = `${row.code} ${row.name}`;
    return text.length > labelLimit ? `${text.slice(0, labelLimit - 1)}…` : text;
  };
  const data: ChartRow[] = timeline.rows.map((row) => ({ label: rowLabel(row), row, range: [row.offset, row.offset + row.length] }));
  const labelOf = new Map(data.map((entry) => [entry.row.key, entry.label]));
  const { bounds, ticks } = timeline;
  const yearly = yearlyTicks(ticks);
  const height = ganttHeight(timeline, Boolean(width));
  const size = width ? sizes.paper : sizes.screen;

  const chart = (
    <BarChart layout="vertical" data={data} width={width} height={width ? height : undefined} margin={{ top: 26, right: 32, bottom: 8, left: 8 }} barCategoryGap={6}>
      <CartesianGrid horizontal={false} stroke="#d9d6cd" />
      <XAxis
        type="number"
        domain={[0, bounds.end - bounds.start]}
        ticks={ticks.map((tick) => tick - bounds.start)}
        tickFormatter={(offset: number) => formatMonthTick(bounds.start + offset, locale, yearly)}
        tick={{ fill: '#1a1f2b', fontSize: size.font }}
        allowDataOverflow
      />
      <YAxis type="category" dataKey="label" width={size.labelWidth} tick={<RowTick rows={data} fontSize={size.font} />} interval={0} />
      <Bar dataKey="range" isAnimationActive={false} shape={(props: BarShapeProps) => <GanttBar {...props} />} />
      {timeline.today !== undefined ? (
        <ReferenceLine x={timeline.today} stroke={todayColour} strokeWidth={2} strokeDasharray="6 3" label={{ value: t('timeline.today'), position: 'top', fill: todayColour, fontSize: size.font, fontWeight: 700 }} />
      ) : null}
      {timeline.markers.map((marker) => {
        const y = labelOf.get(marker.rowKey);
        if (y === undefined) return null;
        return (
          <ReferenceDot
            key={marker.id}
            x={marker.offset}
            y={y}
            r={7}
            shape={(props) => <Diamond cx={Number(props.cx)} cy={Number(props.cy)} done={marker.done} />}
            label={<MarkerLabel text={t('milestones.code', { number: marker.number })} fontSize={size.font} />}
          />
        );
      })}
    </BarChart>
  );
  if (width) return chart;
  return (
    <div style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height={height}>
        {chart}
      </ResponsiveContainer>
    </div>
  );
}

function GanttBar(props: BarShapeProps) {
  const entry = props.payload as ChartRow | undefined;
  const { x, y, width, height } = props;
  if (!entry || !(width > 0)) return <g />;
  if (entry.row.kind === 'objective') {
    // A summary bar: thin, with end caps, so it reads as "the span of what is below".
    const top = y + height / 2 - 4;
    return (
      <g>
        <rect x={x} y={top} width={width} height={8} fill={objectiveStyle.fill} />
        <path d={`M${x} ${top} v14 l6 -6 z M${x + width} ${top} v14 l-6 -6 z`} fill={objectiveStyle.fill} />
      </g>
    );
  }
  const style = statusStyle[entry.row.status ?? 'not-started'];
  return <rect x={x + 1} y={y + 2} width={Math.max(width - 2, 2)} height={Math.max(height - 4, 4)} rx={3} fill={style.fill} stroke={style.stroke} strokeWidth={2} strokeDasharray={style.dash} />;
}

function Diamond({ cx, cy, done }: { cx: number; cy: number; done: boolean }) {
  const r = 8;
  return <path d={`M${cx} ${cy - r} L${cx + r} ${cy} L${cx} ${cy + r} L${cx - r} ${cy} Z`} fill={done ? milestoneColour : '#ffffff'} stroke={milestoneColour} strokeWidth={2.5} />;
}

/** A milestone's number beside its diamond, haloed in white so it reads even over a dark bar. */
function MarkerLabel(props: { text: string; fontSize: number; viewBox?: { x?: number; y?: number; width?: number; height?: number } }) {
  const { text, fontSize, viewBox } = props;
  const x = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) + 4;
  const y = (viewBox?.y ?? 0) + (viewBox?.height ?? 0) / 2;
  return (
    <text x={x} y={y} dy={fontSize / 3} fontSize={fontSize} fontWeight={700} fill={milestoneColour} stroke="#ffffff" strokeWidth={4} paintOrder="stroke">
      {text}
    </text>
  );
}

/** Row labels: objectives in bold, initiatives in regular weight under them. */
function RowTick(props: { rows: ChartRow[]; fontSize: number; x?: number; y?: number; payload?: { value: string; index?: number } }) {
  const { rows, fontSize, x = 0, y = 0, payload } = props;
  const entry = rows.find((row) => row.label === payload?.value);
  const objective = entry?.row.kind !== 'initiative';
  return (
    <text x={x - 4} y={y} dy={fontSize / 3} textAnchor="end" fontSize={fontSize} fontWeight={objective ? 700 : 400} fill="#1a1f2b">
      {payload?.value}
    </text>
  );
}
