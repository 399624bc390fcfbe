import { useTranslation } from 'react-i18next';
import { quadrantOf, type Actor } from '../../../shared/domain/actor';
import { Button, EmptyState } from '../../ui';

export interface ActorTableProps {
  actors: readonly Actor[];
  onEdit: (actor: Actor) => void;
  onRemove: (actor: Actor) => void;
}

/** The register as a table: one row per actor, its name as the row header. */
export function ActorTable({ actors, onEdit, onRemove }: ActorTableProps) {
  const { t } = useTranslation('studioTools');
  if (actors.length === 0) return <EmptyState level={3} title={t('register.empty')} />;
  return (
    <div className="table-scroll">
      <table className="table studio-table">
        <caption className="visually-hidden">{t('register.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actor.name')}</th>
            <th scope="col">{t('actor.type')}</th>
            <th scope="col">{t('actor.power')}</th>
            <th scope="col">{t('actor.interest')}</th>
            <th scope="col">{t('actor.quadrant')}</th>
            <th scope="col">{t('actor.attitude')}</th>
            <th scope="col">{t('actor.proximity')}</th>
            <th scope="col">{t('actor.owner')}</th>
            <th scope="col">{t('actor.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">{actor.name}</th>
              <td>{t(`types.${actor.type}`)}</td>
              <td className="table__number">{actor.power}</td>
              <td className="table__number">{actor.interest}</td>
              <td>{t(`quadrants.${quadrantOf(actor)}`)}</td>
              <td>
                <span className={`studio-attitude studio-attitude--${actor.attitude}`} aria-hidden="true" />
                {t(`attitudes.${actor.attitude}`)}
              </td>
              <td>{t(`proximities.${actor.proximity}`)}</td>
              <td>{actor.owner}</td>
              <td className="studio-table__actions">
                <Button variant="ghost" aria-label={t('actor.editLabel', { name: actor.name })} onClick={() => onEdit(actor)}>
                  {t('actor.edit')}
                </Button>
                <Button variant="ghost" aria-label={t('actor.removeLabel', { name: actor.name })} onClick={() => onRemove(actor)}>
                  {t('actor.remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
