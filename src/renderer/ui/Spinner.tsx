import { useTranslation } from 'react-i18next';

/** A busy indicator that screen readers announce; the label defaults to "Loading…". */
export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <span role="status" className="spinner">
      <span className="spinner__wheel" aria-hidden="true" />
      <span className="spinner__label">{label ?? t('common:loading')}</span>
    </span>
  );
}
