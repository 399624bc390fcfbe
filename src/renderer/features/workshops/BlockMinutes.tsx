import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaItemFields, type AgendaItem } from '../../../shared/domain/workshop';
import { useFieldError } from '../../ui';

const Minutes = AgendaItemFields.shape.minutes;

/**
 * A block's length edited in place: a draft while typing, saved on Enter or when leaving the
 * field, Escape puts the stored value back. A length the agenda refuses (0, 2.5, empty) stays
 * in the field with its message and is never sent.
 */
export function BlockMinutes({ item, onSave }: { item: AgendaItem; onSave: (minutes: number) => Promise<void> }) {
  const { t } = useTranslation('methodLibrary');
  const fieldError = useFieldError();
  const errorId = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  // The length changed from outside (saved here, undo, another window): the draft gives way to it.
  // Adjusted while drawing rather than by remounting, so the field keeps the keyboard focus.
  const [shownMinutes, setShownMinutes] = useState(item.minutes);
  if (shownMinutes !== item.minutes) {
    setShownMinutes(item.minutes);
    setDraft(undefined);
    setError(undefined);
  }
  const shown = draft ?? String(item.minutes);

  const commit = async () => {
    if (draft === undefined) return;
    const parsed = Minutes.safeParse(draft.trim() === '' ? Number.NaN : Number(draft));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    setDraft(undefined);
    if (parsed.data !== item.minutes) await onSave(parsed.data);
  };

  const message = error ? fieldError({ message: error }) : undefined;
  return (
    <div className="block-minutes">
      <input
        type="number"
        inputMode="numeric"
        min={1}
        step={5}
        className="input input--number block-minutes__input"
        aria-label={t('builder.blockMinutes', { activity: item.activity })}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
        value={shown}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          } else if (event.key === 'Escape') {
            setDraft(undefined);
            setError(undefined);
          }
        }}
      />
      {message ? (
        <span id={errorId} className="field__error block-minutes__error">
          {message}
        </span>
      ) : null}
    </div>
  );
}
