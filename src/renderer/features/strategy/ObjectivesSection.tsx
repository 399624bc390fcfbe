import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addInitiative,
  addObjective,
  moveObjective,
  objectiveDependents,
  removeInitiative,
  removeObjective,
  setInitiativeStatus,
  setObjectiveField,
  updateInitiative,
  type Initiative,
  type Objective,
  type StrategyPlan,
} from '../../../shared/documents/strategy';
import { ConfirmDialog, useToast } from '../../ui';
import { InitiativeForm, newInitiative } from './InitiativeForm';
import { InitiativeTable, type InitiativeActions } from './InitiativeTable';
import { ObjectiveCard } from './ObjectiveCard';
import { ObjectiveForm } from './ObjectiveForm';

type OpenForm = { kind: 'add'; objectiveId: string } | { kind: 'edit'; initiative: Initiative } | undefined;

/**
 * Objectives (numbered O1, O2… in their order) with their initiatives. One initiative form is
 * open at a time, under the objective it belongs to. Removing an objective that has initiatives
 * asks first, saying what goes with it; the board's undo brings everything back.
 */
export function ObjectivesSection({ doc, origin, plan, today, date }: { doc: Y.Doc; origin: unknown; plan: StrategyPlan; today: string; date: (iso: string) => string }) {
  const { t } = useTranslation('strategy');
  const toast = useToast();
  const [form, setForm] = useState<OpenForm>();
  const [confirming, setConfirming] = useState<Objective>();
  const dependents = confirming ? objectiveDependents(doc, confirming.id) : undefined;

  const actions: InitiativeActions = {
    onStatus: (initiative, status) => setInitiativeStatus(doc, initiative.id, status, origin),
    onEdit: (initiative) => setForm({ kind: 'edit', initiative }),
    onRemove: (initiative) => {
      removeInitiative(doc, initiative.id, origin);
      toast.show(t('initiatives.removed', { code: initiative.code }));
    },
  };
  const remove = (objective: Objective) => {
    const { initiatives, milestones } = objectiveDependents(doc, objective.id);
    if (initiatives.length === 0 && milestones.length === 0) removeObjective(doc, objective.id, origin);
    else setConfirming(objective);
  };
  const formFor = (objectiveId: string) => {
    if (form?.kind === 'add' && form.objectiveId === objectiveId) {
      const code = plan.objectives.find((objective) => objective.id === objectiveId)?.code ?? '';
      return (
        <InitiativeForm
          heading={t('initiatives.addHeading', { code })}
          initial={newInitiative(objectiveId, today)}
          objectives={plan.objectives}
          onSave={(fields) => addInitiative(doc, fields, origin)}
          onCancel={() => setForm(undefined)}
        />
      );
    }
    if (form?.kind === 'edit' && form.initiative.objectiveId === objectiveId) {
      const { initiative } = form;
      return (
        <InitiativeForm
          key={initiative.id}
          heading={t('initiatives.editHeading', { code: initiative.code })}
          initial={{ objectiveId: initiative.placed ? initiative.objectiveId : (plan.objectives[0]?.id ?? ''), name: initiative.name, owner: initiative.owner, start: initiative.start, end: initiative.end, status: initiative.status }}
          objectives={plan.objectives}
          onSave={(fields) => updateInitiative(doc, initiative.id, fields, origin)}
          onCancel={() => setForm(undefined)}
        />
      );
    }
    return undefined;
  };

  const unplaced = plan.initiatives.filter((initiative) => !initiative.placed);
  return (
    <section className="strategy-section" aria-labelledby="strategy-objectives">
      <h2 id="strategy-objectives" className="strategy-section__title">
        {t('objectives.heading')}
      </h2>
      {plan.objectives.length === 0 ? <p className="muted">{t('objectives.empty')}</p> : null}
      <ol className="strategy-objectives">
        {plan.objectives.map((objective, index) => (
          <ObjectiveCard
            key={objective.id}
            objective={objective}
            initiatives={plan.initiatives.filter((initiative) => initiative.placed && initiative.objectiveId === objective.id)}
            isFirst={index === 0}
            isLast={index === plan.objectives.length - 1}
            today={today}
            date={date}
            actions={actions}
            onField={(field, value) => setObjectiveField(doc, objective.id, field, value, origin)}
            onMove={(delta) => moveObjective(doc, objective.id, index + delta, origin)}
            onRemove={() => remove(objective)}
            onAddInitiative={() => setForm({ kind: 'add', objectiveId: objective.id })}
            form={formFor(objective.id)}
          />
        ))}
      </ol>
      {unplaced.length > 0 ? (
        <div className="strategy-objective">
          <h3 className="strategy-subtitle">{t('objectives.unplaced')}</h3>
          <p className="muted">{t('objectives.unplacedHint')}</p>
          <InitiativeTable caption={t('objectives.unplaced')} initiatives={unplaced} today={today} date={date} actions={actions} />
          {form?.kind === 'edit' && !form.initiative.placed ? formFor(form.initiative.objectiveId) : null}
        </div>
      ) : null}
      <ObjectiveForm onAdd={(fields) => addObjective(doc, fields, origin)} />
      <ConfirmDialog
        open={confirming !== undefined}
        danger
        title={t('objectives.confirmTitle', { code: confirming?.code ?? '' })}
        body={t('objectives.confirmBody', {
          title: confirming?.title ?? '',
          initiatives: t('objectives.confirmInitiatives', { count: dependents?.initiatives.length ?? 0 }),
          milestones: t('objectives.confirmMilestones', { count: dependents?.milestones.length ?? 0 }),
        })}
        confirmLabel={t('objectives.confirm')}
        onConfirm={() => {
          if (confirming) removeObjective(doc, confirming.id, origin);
          setConfirming(undefined);
        }}
        onCancel={() => setConfirming(undefined)}
      />
    </section>
  );
}
