import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRegister, Relationship, RelationshipFields } from '../../../shared/domain/actor';
import { Button } from '../../ui';
import { network, networkLayout } from './networkLayout';
import { initials } from './initials';
import { RelationshipForm } from './RelationshipForm';

export interface NetworkViewProps {
  register: ActorRegister;
  onAdd: (fields: RelationshipFields) => Promise<unknown>;
  onRemove: (relationship: Relationship) => void;
}

/**
 * The relationship network, laid out automatically: edges are labelled by type and drawn
 * thicker the stronger the relationship. The list under it says the same in text and is where
 * relationships are removed; the form adds them.
 */
export function NetworkView({ register, onAdd, onRemove }: NetworkViewProps) {
  const { t } = useTranslation('studioTools');
  const { actors, relationships } = register;
  const positions = useMemo(() => networkLayout(actors, relationships), [actors, relationships]);
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const degree = (id: string) => relationships.filter((relationship) => relationship.from === id || relationship.to === id).length;
  const describe = (relationship: Relationship) =>
    t('network.edge', {
      from: names.get(relationship.from),
      to: names.get(relationship.to),
      type: t(`network.types.${relationship.type}`),
      strength: t(`network.strengths.${relationship.strength}`),
    });

  return (
    <div className="studio-network">
      <figure className="studio-figure">
        <svg viewBox={`0 0 ${network.width} ${network.height}`} className="studio-svg" role="group" aria-label={t('network.label')}>
          {relationships.map((relationship) => {
            const from = positions.get(relationship.from);
            const to = positions.get(relationship.to);
            if (!from || !to) return null;
            return (
              <g key={relationship.id} role="img" aria-label={describe(relationship)} className={`studio-edge studio-edge--${relationship.type}`}>
                <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} strokeWidth={relationship.strength * 2} />
                <text x={(from.x + to.x) / 2} y={(from.y + to.y) / 2 - 6} textAnchor="middle" className="studio-edge__label" aria-hidden="true">
                  {t(`network.types.${relationship.type}`)}
                </text>
              </g>
            );
          })}
          {actors.map((actor) => {
            const at = positions.get(actor.id);
            if (!at) return null;
            return (
              <g
                key={actor.id}
                role="img"
                aria-label={t('network.marker', { name: actor.name, count: degree(actor.id) })}
                className={`studio-marker studio-marker--${actor.attitude}`}
                transform={`translate(${at.x} ${at.y})`}
              >
                <circle r={network.nodeRadius} />
                <text textAnchor="middle" dy="0.35em">{initials(actor.name)}</text>
                <text textAnchor="middle" y={network.nodeRadius + 14} className="studio-marker__name" aria-hidden="true">{actor.name}</text>
              </g>
            );
          })}
        </svg>
      </figure>
      <h3 className="studio-subtitle">{t('network.listHeading')}</h3>
      {relationships.length === 0 ? (
        <p className="studio-hint">{t('network.noRelationships')}</p>
      ) : (
        <ul className="studio-list">
          {relationships.map((relationship) => (
            <li key={relationship.id} className="studio-list__item">
              <span>{describe(relationship)}</span>
              <Button
                variant="ghost"
                aria-label={t('network.removeLabel', { from: names.get(relationship.from), to: names.get(relationship.to) })}
                onClick={() => onRemove(relationship)}
              >
                {t('actor.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="studio-subtitle">{t('network.addHeading')}</h3>
      {actors.length < 2 ? <p className="studio-hint">{t('network.empty')}</p> : <RelationshipForm actors={actors} onSave={onAdd} />}
    </div>
  );
}
