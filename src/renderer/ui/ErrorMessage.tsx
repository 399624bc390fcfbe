import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { useErrorText } from './formErrors';

export interface ErrorMessageProps {
  /** A thrown error, explained by its code; or pass children with your own text. */
  error?: unknown;
  children?: ReactNode;
  onRetry?: () => void;
}

/** An alert that interrupts the screen reader; renders nothing when there is no error. */
export function ErrorMessage({ error, children, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!children && !error) return null;
  return (
    <div role="alert" className="error-message">
      <p>{children ?? errorText(error)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common:actions.retry')}
        </Button>
      ) : null}
    </div>
  );
}
