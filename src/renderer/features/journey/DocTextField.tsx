import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validationMessageKey } from '../../ui/fieldIssues';
import { TextAreaField, TextField } from '../../ui';

export interface DocTextFieldProps {
  label: string;
  /** The value in the board document. */
  value: string;
  /** Writes the value; returns a validation key when it is refused. */
  onCommit: (value: string) => string | undefined;
  multiline?: boolean;
  hint?: string;
  /** A fuller name for screen readers when the visible label repeats (e.g. one per stage). */
  accessibleName?: string;
}

/**
 * A text field bound to a value in the board document. While someone types, the field keeps
 * their draft; leaving it (or Enter in a one-line field) writes it as one change, so an undo
 * step is a whole field edit. Changes from other windows show whenever the field is not being
 * edited.
 */
export function DocTextField({ label, value, onCommit, multiline = false, hint, accessibleName }: DocTextFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const commit = () => {
    if (draft === undefined) return;
    const refused = onCommit(draft);
    setError(refused);
    if (!refused) setDraft(undefined);
  };
  const props = {
    label,
    hint,
    'aria-label': accessibleName,
    value: draft ?? value,
    error: error ? t(validationMessageKey(error) ?? 'validation:invalid') : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
  };
  return multiline ? (
    <TextAreaField rows={3} {...props} />
  ) : (
    <TextField
      autoComplete="off"
      {...props}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
