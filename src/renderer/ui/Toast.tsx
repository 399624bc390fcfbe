import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from './Button';

export type ToastTone = 'info' | 'success' | 'error';
/** One button beside the message, such as "Undo"; pressing it also dismisses the toast. */
export interface ToastAction {
  label: string;
  run: () => void;
}
interface ToastEntry {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
}
export interface ToastApi {
  /** Shows a short status message (already translated) for a few seconds. */
  show: (message: string, tone?: ToastTone, action?: ToastAction) => void;
}

const visibleMs = 5_000;
/** A toast with an action stays longer: reaching its button by keyboard takes a moment. */
const actionVisibleMs = 10_000;
const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

/** One message; `role="status"` lives on the region so that it exists before messages arrive. */
export function Toast({ message, tone, action, onDismiss }: { message: string; tone: ToastTone; action?: ToastAction; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`toast toast--${tone}`}>
      <p className="toast__message">{message}</p>
      {action ? (
        <Button
          variant="secondary"
          onClick={() => {
            onDismiss();
            action.run();
          }}
        >
          {action.label}
        </Button>
      ) : null}
      <IconButton variant="ghost" label={t('common:dismiss')} icon="×" onClick={onDismiss} />
    </div>
  );
}

/** Holds the live region for transient messages; wrap the app once. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (message: string, tone: ToastTone = 'info', action?: ToastAction) => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-2), { id, message, tone, ...(action ? { action } : {}) }]);
      timers.current.set(id, setTimeout(() => dismiss(id), action ? actionVisibleMs : visibleMs));
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div role="status" aria-live="polite" aria-label={t('common:notifications')} className="toasts">
        {toasts.map((toast) => (
          <Toast key={toast.id} message={toast.message} tone={toast.tone} action={toast.action} onDismiss={() => dismiss(toast.id)} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}
