import { useId, type ReactNode } from 'react';

/** What every labelled field takes besides its input's own props. */
export interface FieldProps {
  label: string;
  /** Already translated (see useFieldError). */
  error?: string | undefined;
  hint?: string | undefined;
}

export interface ControlIds {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The label, hint and error around one control, wired so that a screen reader reads the
 * error with the field: aria-describedby points at the hint and the error, aria-invalid is set.
 */
export function FieldShell({
  label,
  error,
  hint,
  id: givenId,
  className,
  labelAfter = false,
  children,
}: FieldProps & { id?: string | undefined; className?: string | undefined; labelAfter?: boolean; children: (ids: ControlIds) => ReactNode }) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const control = children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy });
  const labelElement = (
    <label htmlFor={id} className="field__label">
      {label}
    </label>
  );
  // The hint sits between label and control, where it is read before typing.
  const hintElement = hint ? (
    <p id={hintId} className="field__hint">
      {hint}
    </p>
  ) : null;
  const classes = ['field', labelAfter ? 'field--inline' : '', error ? 'field--invalid' : '', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {labelAfter ? (
        <div className="field__inline-row">
          {control}
          {labelElement}
        </div>
      ) : (
        <>
          {labelElement}
          {hintElement}
          {control}
        </>
      )}
      {labelAfter ? hintElement : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
