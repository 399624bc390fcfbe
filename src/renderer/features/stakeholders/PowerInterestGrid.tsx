import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { highScore, quadrantOf, scoreRange, type Actor } from '../../../shared/domain/actor';
import { grid, gridKeyStep, gridMarkers, gridPoint, gridSize, scoresAt } from './gridLayout';
import { ActorMarker } from './ActorMarker';
import { useMarkerDrag } from './useMarkerDrag';

export interface ActorViewProps {
  actors: readonly Actor[];
  /** Changes some fields of one actor; the view announces the result. */
  onChange: (actor: Actor, patch: Partial<Actor>) => void;
}

const markerRadius = 16;

/**
 * The 5 × 5 power/interest plot with the four quadrant labels. Each actor is a focusable
 * marker: arrow keys change power (up/down) and interest (left/right), or it can be dragged.
 */
export function PowerInterestGrid({ actors, onChange }: ActorViewProps) {
  const { t } = useTranslation('studioTools');
  const svgRef = useRef<SVGSVGElement>(null);
  const instructionsId = useId();
  const { dragging, handlers } = useMarkerDrag(svgRef, (id, point) => {
    const actor = actors.find((candidate) => candidate.id === id);
    const scores = scoresAt(point);
    if (actor && (scores.power !== actor.power || scores.interest !== actor.interest)) onChange(actor, scores);
  });

  const onKeyDown = (actor: Actor, event: KeyboardEvent<SVGGElement>) => {
    const next = gridKeyStep(event.key, actor);
    if (!next) return;
    event.preventDefault();
    if (next.power !== actor.power || next.interest !== actor.interest) onChange(actor, next);
  };

  // The high band starts at `highScore`: quadrant lines sit on that cell's lower/left edge.
  const split = gridPoint(highScore, highScore);
  const splitX = split.x - grid.cell / 2;
  const splitY = split.y + grid.cell / 2;
  const left = grid.margin;
  const top = 16;
  const right = grid.margin + grid.cell * grid.cells;
  const bottom = top + grid.cell * grid.cells;
  const quadrantLabels = [
    { key: 'keep_satisfied', x: (left + splitX) / 2, y: top + 14 },
    { key: 'manage_closely', x: (splitX + right) / 2, y: top + 14 },
    { key: 'monitor', x: (left + splitX) / 2, y: bottom - 6 },
    { key: 'keep_informed', x: (splitX + right) / 2, y: bottom - 6 },
  ] as const;
  const ticks = Array.from({ length: grid.cells }, (_, index) => scoreRange.min + index);

  return (
    <figure className="studio-figure">
      <p id={instructionsId} className="studio-hint">{t('grid.instructions')} {t('grid.threshold')}</p>
      <svg ref={svgRef} viewBox={`0 0 ${gridSize} ${gridSize}`} className="studio-svg" role="group" aria-label={t('grid.label')}>
        <rect x={left} y={top} width={right - left} height={bottom - top} className="studio-grid__plot" />
        <rect x={splitX} y={top} width={right - splitX} height={splitY - top} className="studio-grid__hot" />
        {ticks.map((value) => (
          <g key={value} aria-hidden="true" className="studio-grid__tick">
            <line x1={gridPoint(1, value).x - grid.cell / 2} x2={gridPoint(1, value).x - grid.cell / 2} y1={top} y2={bottom} />
            <line x1={left} x2={right} y1={gridPoint(value, 1).y + grid.cell / 2} y2={gridPoint(value, 1).y + grid.cell / 2} />
            <text x={gridPoint(1, value).x} y={bottom + 14} textAnchor="middle">{value}</text>
            <text x={left - 8} y={gridPoint(value, 1).y + 4} textAnchor="end">{value}</text>
          </g>
        ))}
        <line x1={splitX} x2={splitX} y1={top} y2={bottom} className="studio-grid__split" aria-hidden="true" />
        <line x1={left} x2={right} y1={splitY} y2={splitY} className="studio-grid__split" aria-hidden="true" />
        {quadrantLabels.map((label) => (
          <text key={label.key} x={label.x} y={label.y} textAnchor="middle" className="studio-grid__quadrant" aria-hidden="true">
            {t(`quadrants.${label.key}`)}
          </text>
        ))}
        <text x={(left + right) / 2} y={gridSize - 2} textAnchor="middle" className="studio-axis" aria-hidden="true">{t('grid.interestAxis')} →</text>
        <text x={12} y={(top + bottom) / 2} textAnchor="middle" className="studio-axis" transform={`rotate(-90 12 ${(top + bottom) / 2})`} aria-hidden="true">
          {t('grid.powerAxis')} →
        </text>
        {gridMarkers(actors).map((actor) => {
          const at = dragging?.id === actor.id ? dragging.point : actor;
          const label = t('grid.marker', { name: actor.name, power: actor.power, interest: actor.interest, quadrant: t(`quadrants.${quadrantOf(actor)}`) });
          return (
            <ActorMarker
              key={actor.id}
              actor={actor}
              at={at}
              label={label}
              radius={markerRadius}
              describedBy={instructionsId}
              onKeyDown={onKeyDown}
              dragHandlers={handlers(actor.id)}
            />
          );
        })}
      </svg>
    </figure>
  );
}
