import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addMilestone, linkValue, removeMilestone, setMilestoneDone, updateMilestone, type Milestone, type StrategyPlan } from '../../../shared/documents/strategy';
import { Button } from '../../ui';
import { MilestoneForm } from './MilestoneForm';

/** What a milestone is linked to, by code and name, or «Sin vínculo». */
export function useLinkText(plan: StrategyPlan): (milestone: Milestone) => string {
  const { t } = useTranslation('strategy');
  return (milestone) => {
    const link = milestone.link;
    if (link?.kind === 'objective') {
      const objective = plan.objectives.find((entry) => entry.id === link.id);
      if (objective) return `${objective.code} ${objective.title}`;
    }
    if (link?.kind === 'initiative') {
      const initiative = plan.initiatives.find((entry) => entry.id === link.id);
      if (initiative) return `${initiative.code} ${initiative.name}`;
    }
    return t('milestones.noLink');
  };
}

/** Milestones by date, numbered H1, H2…; «reached» is a checkbox in the row. */
export function MilestonesSection({ doc, origin, plan, date }: { doc: Y.Doc; origin: unknown; plan: StrategyPlan; date: (iso: string) => string }) {
  const { t } = useTranslation('strategy');
  const linkText = useLinkText(plan);
  const [editing, setEditing] = useState<Milestone>();
  return (
    <section className="strategy-section" aria-labelledby="strategy-milestones">
      <h2 id="strategy-milestones" className="strategy-section__title">
        {t('milestones.heading')}
      </h2>
      {plan.milestones.length === 0 ? (
        <p className="muted">{t('milestones.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table strategy-table">
            <caption className="visually-hidden">{t('milestones.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('milestones.number')}</th>
                <th scope="col">{t('milestones.name')}</th>
                <th scope="col">{t('milestones.date')}</th>
                <th scope="col">{t('milestones.link')}</th>
                <th scope="col">{t('milestones.done')}</th>
                <th scope="col">{t('milestones.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.milestones.map((milestone) => {
                const code = t('milestones.code', { number: milestone.number });
                return (
                  <tr key={milestone.id}>
                    <td className="strategy-code">{code}</td>
                    <th scope="row">{milestone.name}</th>
                    <td>{date(milestone.date)}</td>
                    <td>{linkText(milestone)}</td>
                    <td>
                      <input
                        type="checkbox"
                        className="checkbox"
                        aria-label={t('milestones.doneOf', { number: milestone.number })}
                        checked={milestone.done}
                        onChange={(event) => setMilestoneDone(doc, milestone.id, event.target.checked, origin)}
                      />
                    </td>
                    <td>
                      <div className="table__actions">
                        <Button variant="ghost" onClick={() => setEditing(milestone)}>
                          {t('milestones.edit', { number: milestone.number })}
                        </Button>
                        <Button variant="ghost" onClick={() => removeMilestone(doc, milestone.id, origin)}>
                          {t('milestones.remove', { number: milestone.number })}
                        </Button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <MilestoneForm
          key={editing.id}
          heading={t('milestones.editHeading', { number: editing.number })}
          plan={plan}
          initial={{ name: editing.name, date: editing.date, link: linkValue(editing.link), done: editing.done }}
          onSave={(fields) => updateMilestone(doc, editing.id, fields, origin)}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <MilestoneForm heading={t('milestones.addHeading')} plan={plan} onSave={(fields) => addMilestone(doc, fields, origin)} />
      )}
    </section>
  );
}
