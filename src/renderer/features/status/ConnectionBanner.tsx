import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onConnectionState, type ConnectionState } from '../../app/api';
import { useToast } from '../../ui';

/**
 * Browser mode talks to the core over a WebSocket; if it drops, say so plainly and say that
 * edits wait for the reconnection. The desktop app never emits these states.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const toast = useToast();
  const [state, setState] = useState<ConnectionState>('open');
  const wasLost = useRef(false);

  useEffect(
    () =>
      onConnectionState((next) => {
        if (next === 'lost') wasLost.current = true;
        if (next === 'open' && wasLost.current) {
          wasLost.current = false;
          toast.show(t('common:connection.restored'), 'success');
        }
        // While reconnecting after a loss the banner keeps saying "lost"; a first connect stays quiet.
        setState((previous) => (next === 'connecting' && previous === 'open' && !wasLost.current ? 'open' : next));
      }),
    [t, toast],
  );

  if (state === 'open') return null;
  return (
    <div role="alert" className="banner banner--warning">
      {t('common:connection.lost')}
    </div>
  );
}
