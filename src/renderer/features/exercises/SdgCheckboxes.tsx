import { useTranslation } from 'react-i18next';
import { sdgNumbers } from '../../../shared/domain/exercise';

export interface SdgCheckboxesProps {
  value: readonly number[];
  onChange: (goals: number[]) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/** The 17 SDGs as a labelled group of checkboxes, each with its number and name. */
export function SdgCheckboxes({ value, onChange, onBlur, error }: SdgCheckboxesProps) {
  const { t } = useTranslation();
  const selected = new Set(value);
  const toggle = (goal: number, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(goal);
    else next.delete(goal);
    onChange([...next].sort((a, b) => a - b));
  };
  return (
    <fieldset className="fieldset sdg-group" aria-invalid={error ? true : undefined} aria-describedby={error ? 'sdgs-error' : undefined}>
      <legend className="field__label">{t('exercises:fields.sdgs')}</legend>
      <div className="sdg-group__grid">
        {sdgNumbers.map((goal) => (
          <label key={goal} className={`sdg-option sdg-option--${goal}`}>
            <input type="checkbox" className="checkbox" checked={selected.has(goal)} onChange={(event) => toggle(goal, event.target.checked)} onBlur={onBlur} />
            <span className="sdg-option__number" aria-hidden="true">
              {goal}
            </span>
            <span className="sdg-option__name">
              <span className="visually-hidden">{t('exercises:sdgShort', { number: goal })}: </span>
              {t(`exercises:sdg.${goal}`)}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="sdgs-error" className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
