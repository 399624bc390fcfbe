import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attitudes, proximities, type Actor } from '../../../shared/domain/actor';
import { onion, onionCentre, onionKeyStep, onionMarkers, proximityAt, ringOuterRadius } from './onionLayout';
import type { ActorViewProps } from './PowerInterestGrid';
import { ActorMarker } from './ActorMarker';
import { useMarkerDrag } from './useMarkerDrag';

/**
 * The onion: concentric rings core, direct, indirect and context, each actor on the ring of its
 * proximity and coloured by attitude (with a legend; initials keep markers distinct without
 * colour). Arrow keys or a drag move an actor to another ring, which changes its proximity.
 */
export function OnionView({ actors, onChange }: ActorViewProps) {
  const { t } = useTranslation('studioTools');
  const svgRef = useRef<SVGSVGElement>(null);
  const instructionsId = useId();
  const { dragging, handlers } = useMarkerDrag(svgRef, (id, point) => {
    const actor = actors.find((candidate) => candidate.id === id);
    const proximity = proximityAt(point);
    if (actor && proximity !== actor.proximity) onChange(actor, { proximity });
  });

  const onKeyDown = (actor: Actor, event: KeyboardEvent<SVGGElement>) => {
    const proximity = onionKeyStep(event.key, actor.proximity);
    if (!proximity) return;
    event.preventDefault();
    if (proximity !== actor.proximity) onChange(actor, { proximity });
  };

  const rings = [...proximities.keys()].reverse();
  return (
    <figure className="studio-figure">
      <p id={instructionsId} className="studio-hint">{t('onion.instructions')}</p>
      <svg ref={svgRef} viewBox={`0 0 ${onion.size} ${onion.size}`} className="studio-svg" role="group" aria-label={t('onion.label')}>
        {rings.map((ring) => (
          <g key={ring} aria-hidden="true">
            <circle cx={onionCentre.x} cy={onionCentre.y} r={ringOuterRadius(ring)} className={`studio-onion__ring studio-onion__ring--${ring}`} />
            <text x={onionCentre.x} y={onionCentre.y - ringOuterRadius(ring) + 16} textAnchor="middle" className="studio-onion__label">
              {t(`proximities.${proximities[ring]}`)}
            </text>
          </g>
        ))}
        {onionMarkers(actors).map((actor) => {
          const at = dragging?.id === actor.id ? dragging.point : actor;
          const label = t('onion.marker', { name: actor.name, proximity: t(`proximities.${actor.proximity}`), attitude: t(`attitudes.${actor.attitude}`) });
          return (
            <ActorMarker
              key={actor.id}
              actor={actor}
              at={at}
              label={label}
              radius={16}
              describedBy={instructionsId}
              onKeyDown={onKeyDown}
              dragHandlers={handlers(actor.id)}
            />
          );
        })}
      </svg>
      <figcaption className="studio-legend">
        <span className="visually-hidden">{t('onion.legend')}: </span>
        {attitudes.map((attitude) => (
          <span key={attitude} className="studio-legend__item">
            <span className={`studio-attitude studio-attitude--${attitude}`} aria-hidden="true" />
            {t(`attitudes.${attitude}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
