import type { ComponentPropsWithRef } from 'react';
import { FieldShell, type FieldProps } from './Field';

/*
 * Form fields. Each forwards its remaining props and ref to the native control, so
 * `{...register('title')}` from react-hook-form works unchanged (React 19 passes ref as a prop).
 */

type InputProps = Omit<ComponentPropsWithRef<'input'>, 'type'> & FieldProps;

export function TextField({ label, error, hint, id, className, type = 'text', ...input }: InputProps & { type?: 'text' | 'email' | 'search' | 'url' | 'tel' | 'password' }) {
  return (
    <FieldShell label={label} error={error} hint={hint} id={id} className={className}>
      {(ids) => <input type={type} className="input" {...ids} {...input} />}
    </FieldShell>
  );
}

export function DateField({ label, error, hint, id, className, ...input }: InputProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} id={id} className={className}>
      {(ids) => <input type="date" className="input input--date" {...ids} {...input} />}
    </FieldShell>
  );
}

/** A time of day; the value is HH:MM (24 h) whatever the display locale. */
export function TimeField({ label, error, hint, id, className, ...input }: InputProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} id={id} className={className}>
      {(ids) => <input type="time" className="input input--date" {...ids} {...input} />}
    </FieldShell>
  );
}

/** Register with `{ valueAsNumber: true }` so the form value is a number. */
export function NumberField({ label, error, hint, id, className, ...input }: InputProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} id={id} className={className}>
      {(ids) => <input type="number" inputMode="numeric" className="input input--number" {...ids} {...input} />}
    </FieldShell>
  );
}

export function TextAreaField({ label, error, hint, id, className, rows = 4, ...textarea }: ComponentPropsWithRef<'textarea'> & FieldProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} id={id} className={className}>
      {(ids) => <textarea rows={rows} className="input input--textarea" {...ids} {...textarea} />}
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** `groups`: further options under a heading each (`<optgroup>`), after the plain ones; empty groups are left out. */
export function SelectField({ label, error, hint, id, className, options, groups = [], ...select }: ComponentPropsWithRef<'select'> & FieldProps & { options: readonly SelectOption[]; groups?: readonly { label: string; options: readonly SelectOption[] }[] }) {
  return (
    <FieldShell label={label} error={error} hint={hint} id={id} className={className}>
      {(ids) => (
        <select className="input input--select" {...ids} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {groups.filter((group) => group.options.length > 0).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({ label, error, hint, id, className, ...input }: InputProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} id={id} className={className} labelAfter>
      {(ids) => <input type="checkbox" className="checkbox" {...ids} {...input} />}
    </FieldShell>
  );
}
