import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addMilestone, linkValue, removeMilestone, setMilestoneDone, updateMilestone, type Milestone, type StrategyPlan } from '../../../shared/documents/strategy';
import { Button, focusLater, neighbourIds } from '../../ui';
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

const removeMilestoneId = (id: string) => `strategy-milestone-${id}-remove`;

/** Milestones by date, numbered H1, H2…; «reached» is a checkbox in the row. */
export function MilestonesSection({ doc, origin, plan, date }: { doc: Y.Doc; origin: unknown; plan: StrategyPlan; date: (iso: string) => string }) {
  const { t } = useTranslation('strategy');
  const linkText = useLinkText(plan);
  const [editing, setEditing] = useState<Milestone>();
  // A milestone gone from the plan (removed here, with its objective, or by someone else) has no form to save.
  const edited = editing && plan.milestones.some((milestone) => milestone.id === editing.id) ? editing : undefined;
  const remove = (milestone: Milestone, index: number) => {
    if (!removeMilestone(doc, milestone.id, origin)) return;
    if (editing?.id === milestone.id) setEditing(undefined);
    // Its button goes with the row: on to the next row's (or the previous one's), else the heading.
    focusLater(...neighbourIds(plan.milestones.map((entry) => entry.id), index, removeMilestoneId), 'strategy-milestones');
  };
  return (
    <section className="strategy-section" aria-labelledby="strategy-milestones">
      <h2 id="strategy-milestones" className="strategy-section__title" tabIndex={-1}>
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
              {plan.milestones.map((milestone, index) => {
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
                        <Button id={removeMilestoneId(milestone.id)} variant="ghost" onClick={() => remove(milestone, index)}>
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
      {edited ? (
        <MilestoneForm
          key={edited.id}
          heading={t('milestones.editHeading', { number: edited.number })}
          plan={plan}
          initial={{ name: edited.name, date: edited.date, link: linkValue(edited.link), done: edited.done }}
          onSave={(fields) => updateMilestone(doc, edited.id, fields, origin)}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <MilestoneForm heading={t('milestones.addHeading')} plan={plan} onSave={(fields) => addMilestone(doc, fields, origin)} />
      )}
    </section>
  );
}
