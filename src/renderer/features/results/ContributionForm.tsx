import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ContributionForm as ContributionFormSchema, contributionKinds, type ContributionFields, type ContributionFormInput } from '../../../shared/domain/contribution';
import { currencies, minorToInput } from '../../../shared/domain/money';
import { applyServerIssues, Button, DateField, SelectField, TextAreaField, TextField, useErrorText, useFieldError, useToast } from '../../ui';

const empty: ContributionFormInput = { contributor: '', kind: 'cash', amount: '', currency: 'COP', date: '', note: '' };

/** The values a saved contribution shows when edited: its amount as plain decimal text. */
export function contributionFormValues(fields: ContributionFields): ContributionFormInput {
  const { amountMinor, ...rest } = fields;
  return { ...rest, amount: minorToInput(amountMinor, fields.currency) };
}

/** Adds or edits a contribution; the amount is typed as text and read into minor units (no float). */
export function ContributionForm({ initial, onSave, onCancel }: {
  initial?: ContributionFormInput;
  onSave: (fields: ContributionFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('results');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, handleSubmit, setError, formState } = useForm<ContributionFormInput, unknown, ContributionFields>({
    resolver: zodResolver(ContributionFormSchema),
    defaultValues: initial ?? empty,
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (fields) => {
    try {
      await onSave(fields);
    } catch (error) {
      // The core names the amount `amountMinor`; the form calls it `amount`.
      const renamed: typeof setError = (path, issue, options) => setError(String(path) === 'amountMinor' ? 'amount' : path, issue, options);
      if (!applyServerIssues(error, renamed)) {
        toast.show(errorText(error), 'error');
      }
    }
  });

  return (
    <form noValidate onSubmit={submit} className="form results-form" aria-label={t(initial ? 'contributions.editHeading' : 'contributions.addHeading')}>
      <div className="form__row">
        <TextField label={t('contributions.contributor')} hint={t('contributions.contributorHint')} error={fieldError(errors.contributor)} autoComplete="off" {...register('contributor')} />
        <SelectField
          label={t('contributions.kind')}
          error={fieldError(errors.kind)}
          options={contributionKinds.map((kind) => ({ value: kind, label: t(`contributions.kinds.${kind}`) }))}
          {...register('kind')}
        />
      </div>
      <div className="form__row">
        <TextField label={t('contributions.amount')} hint={t('contributions.amountHint')} error={fieldError(errors.amount)} inputMode="decimal" autoComplete="off" {...register('amount')} />
        <SelectField
          label={t('contributions.currency')}
          error={fieldError(errors.currency)}
          options={currencies.map((currency) => ({ value: currency, label: t(`contributions.currencies.${currency}`) }))}
          {...register('currency')}
        />
        <DateField label={t('contributions.date')} error={fieldError(errors.date)} {...register('date')} />
      </div>
      <TextAreaField label={t('contributions.note')} error={fieldError(errors.note)} rows={2} {...register('note')} />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {t('contributions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('contributions.cancel')}
        </Button>
      </div>
    </form>
  );
}
