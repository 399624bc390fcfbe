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
import { ConfirmDialog, focusLater, neighbourIds, useToast } from '../../ui';
import { InitiativeForm, newInitiative } from './InitiativeForm';
import { InitiativeTable, removeInitiativeId, type InitiativeActions } from './InitiativeTable';
import { ObjectiveCard, objectiveButtonId } from './ObjectiveCard';
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

  /** Closes the initiative form when what it is about is gone (the initiative, or its objective). */
  const closeFormOf = (gone: { initiativeId?: string; objectiveId?: string }) => {
    if (form?.kind === 'edit' && (form.initiative.id === gone.initiativeId || form.initiative.objectiveId === gone.objectiveId)) setForm(undefined);
    if (form?.kind === 'add' && form.objectiveId === gone.objectiveId) setForm(undefined);
  };
  const actions: InitiativeActions = {
    onStatus: (initiative, status) => setInitiativeStatus(doc, initiative.id, status, origin),
    onEdit: (initiative) => setForm({ kind: 'edit', initiative }),
    onRemove: (initiative) => {
      // Its neighbours in the same table: the same objective's, or the unplaced ones.
      const siblings = plan.initiatives.filter((entry) => (initiative.placed ? entry.placed && entry.objectiveId === initiative.objectiveId : !entry.placed)).map((entry) => entry.id);
      if (!removeInitiative(doc, initiative.id, origin)) return;
      closeFormOf({ initiativeId: initiative.id });
      focusLater(
        ...neighbourIds(siblings, siblings.indexOf(initiative.id), removeInitiativeId),
        initiative.placed ? objectiveButtonId(initiative.objectiveId, 'addInitiative') : undefined,
        'strategy-objectives',
      );
      toast.show(t('initiatives.removed', { code: initiative.code }));
    },
  };
  const removeNow = (objective: Objective) => {
    const index = plan.objectives.findIndex((entry) => entry.id === objective.id);
    if (!removeObjective(doc, objective.id, origin)) return;
    closeFormOf({ objectiveId: objective.id });
    // The next objective's remove button (or the previous one's), else the section's heading.
    focusLater(...neighbourIds(plan.objectives.map((entry) => entry.id), index, (id) => objectiveButtonId(id, 'remove')), 'strategy-objectives');
  };
  const remove = (objective: Objective) => {
    const { initiatives, milestones } = objectiveDependents(doc, objective.id);
    if (initiatives.length === 0 && milestones.length === 0) removeNow(objective);
    else setConfirming(objective);
  };
  /** Keeps focus on the moved objective: its button the same way, or the other one at an end. */
  const move = (objective: Objective, index: number, delta: -1 | 1) => {
    if (!moveObjective(doc, objective.id, index + delta, origin)) return;
    const [same, other] = delta < 0 ? (['up', 'down'] as const) : (['down', 'up'] as const);
    focusLater(objectiveButtonId(objective.id, same), objectiveButtonId(objective.id, other));
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
      <h2 id="strategy-objectives" className="strategy-section__title" tabIndex={-1}>
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
            onMove={(delta) => move(objective, index, delta)}
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
          if (confirming) removeNow(confirming);
          setConfirming(undefined);
        }}
        onCancel={() => setConfirming(undefined)}
      />
    </section>
  );
}
