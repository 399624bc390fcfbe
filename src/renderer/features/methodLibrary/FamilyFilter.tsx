import { useTranslation } from 'react-i18next';
import { methodFamilies, type MethodFamily } from '../../../shared/methods/library';

/**
 * The phase filter as a row of toggle buttons (aria-pressed): one press, visible on the
 * projector, and reachable with Tab like any button.
 */
export function FamilyFilter({ value, onChange }: { value: MethodFamily | undefined; onChange: (family: MethodFamily | undefined) => void }) {
  const { t } = useTranslation('methodLibrary');
  const options: { id: MethodFamily | undefined; label: string }[] = [
    { id: undefined, label: t('family.all') },
    ...methodFamilies.map((family) => ({ id: family, label: t(`family.${family}`) })),
  ];
  return (
    <div role="group" aria-label={t('family.label')} className="method-filter">
      {options.map((option) => (
        <button
          key={option.id ?? 'all'}
          type="button"
          className={`method-filter__option${option.id ? ` method-family--${option.id}` : ''}`}
          aria-pressed={value === option.id}
          onClick={() => onChange(option.id)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
