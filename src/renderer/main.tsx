// First, before the app's own code is evaluated: it starts asking the core (see earlyStart.ts).
import { boardPageCode, startup as startingUp } from './app/earlyStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles/index.css';

/**
 * Start-up asks the core for the saved language and the store's state in parallel, so the
 * first paint is already in the right language and shows either the app or the recovery screen.
 */
async function start() {
  const startup = await startingUp;
  await initI18n(startup.locale);
  // The board cannot show without its page's code; waiting for it here renders the page once.
  await boardPageCode;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  performance.mark('minga:app-render');
  createRoot(root).render(
    <StrictMode>
      <App initialStatus={startup.status} />
    </StrictMode>,
  );
}

void start();
