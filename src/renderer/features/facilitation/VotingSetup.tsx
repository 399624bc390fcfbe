import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { previewEligible, readAreas, startVotingSession, type VoteScope } from '../../../shared/board/facilitation';
import { Button, CheckboxField, ErrorMessage, NumberField, SelectField, useFieldError } from '../../ui';
import { wallClock } from './clock';
import { VotingSetupForm, type VotingSetupInput, type VotingSetupValues } from './forms';
import { useDocValue } from './useDocValue';

/** The facilitator's choices for a new vote: dots per person, which notes, and anonymity. */
export function VotingSetup({ doc, origin, selectedIds, onStarted }: { doc: Y.Doc; origin: unknown; selectedIds: readonly string[]; onStarted: (count: number) => void }) {
  const { t } = useTranslation('facilitation');
  const fieldError = useFieldError();
  const areas = useDocValue(doc, readAreas);
  const [nothing, setNothing] = useState(false);
  const { register, handleSubmit, control, formState } = useForm<VotingSetupInput, unknown, VotingSetupValues>({
    resolver: zodResolver(VotingSetupForm),
    defaultValues: { dotsPerVoter: 3, scope: selectedIds.length > 1 ? 'selection' : 'all', areaId: areas[0]?.id ?? '', anonymous: true },
  });
  const scopeChoice = useWatch({ control, name: 'scope' });

  const submit = handleSubmit((values) => {
    const scope: VoteScope =
      values.scope === 'area' ? { kind: 'area', areaId: values.areaId } : values.scope === 'selection' ? { kind: 'selection', ids: [...selectedIds] } : { kind: 'all' };
    const empty = previewEligible(doc, scope).length === 0;
    setNothing(empty);
    if (empty) return;
    const session = startVotingSession(doc, { dotsPerVoter: values.dotsPerVoter, scope, anonymous: values.anonymous }, wallClock(), origin);
    onStarted(session.eligibleIds.length);
  });

  const scopes = [
    { value: 'all', label: t('voting.scopeAll') },
    { value: 'area', label: t('voting.scopeArea'), disabled: areas.length === 0 },
    { value: 'selection', label: t('voting.scopeSelection', { count: selectedIds.length }), disabled: selectedIds.length === 0 },
  ];
  return (
    <form className="form facilitation-form" noValidate aria-label={t('voting.setupHeading')} onSubmit={(event) => void submit(event)}>
      <h3 className="facilitation-panel__subheading">{t('voting.setupHeading')}</h3>
      <NumberField label={t('voting.dots')} hint={t('voting.dotsHint')} min={1} max={20} error={fieldError(formState.errors.dotsPerVoter)} {...register('dotsPerVoter', { valueAsNumber: true })} />
      <fieldset className="facilitation-form__choices">
        <legend className="field__label">{t('voting.scope')}</legend>
        {scopes.map((scope) => (
          <label key={scope.value} className="facilitation-form__choice">
            <input type="radio" value={scope.value} disabled={scope.disabled} {...register('scope')} />
            {scope.label}
          </label>
        ))}
      </fieldset>
      {scopeChoice === 'area' ? (
        <SelectField label={t('voting.area')} options={areas.map((area) => ({ value: area.id, label: area.title || area.id }))} error={fieldError(formState.errors.areaId)} {...register('areaId')} />
      ) : null}
      {areas.length === 0 ? <p className="field__hint">{t('voting.noAreas')}</p> : null}
      <CheckboxField label={t('voting.anonymous')} {...register('anonymous')} />
      <Button type="submit" variant="primary">
        {t('voting.start')}
      </Button>
      {nothing ? <ErrorMessage error={null}>{t('voting.nothingToVote')}</ErrorMessage> : null}
    </form>
  );
}
