import type { KeyboardEvent, SVGProps } from 'react';
import type { Actor } from '../../../shared/domain/actor';
import { initials } from './initials';

/**
 * One actor drawn in the grid or the onion: a focusable, draggable circle with the actor's
 * initials, coloured by attitude, named for screen readers by the view that places it.
 */
export function ActorMarker({
  actor,
  at,
  label,
  radius,
  describedBy,
  onKeyDown,
  dragHandlers,
}: {
  actor: Actor;
  at: { x: number; y: number };
  label: string;
  radius: number;
  describedBy: string;
  onKeyDown: (actor: Actor, event: KeyboardEvent<SVGGElement>) => void;
  dragHandlers: Omit<SVGProps<SVGGElement>, 'ref'>;
}) {
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-describedby={describedBy}
      className={`studio-marker studio-marker--${actor.attitude}`}
      transform={`translate(${at.x} ${at.y})`}
      onKeyDown={(event) => onKeyDown(actor, event)}
      {...dragHandlers}
    >
      <title>{label}</title>
      <circle r={radius} />
      <text textAnchor="middle" dy="0.35em">{initials(actor.name)}</text>
    </g>
  );
}
