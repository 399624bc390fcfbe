import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { boardPage } from './app/pages';
import { boardIdInHash } from './features/boards/boardAddress';
import { prefetchBoard } from './features/boards/prefetch';
import { prefetchExerciseList } from './features/exercises/prefetch';
import { loadStartup } from './features/status/startup';
import { initI18n } from './i18n';
import './styles/index.css';

/**
 * Start-up asks the core for the saved language and the store's state in parallel, so the
 * first paint is already in the right language and shows either the app or the recovery screen.
 */
async function start() {
  // The exercise list is the first screen: ask for it now, in parallel (hash '' or '#/').
  if (location.hash.replace(/^#\/?/, '') === '') prefetchExerciseList();
  // Opened on a board: fetch its state and its page's code now, alongside start-up.
  const boardId = boardIdInHash(location.hash);
  // The page's code first: its files are then asked for before the (larger) board state.
  const page = boardId ? boardPage.preload().catch(() => undefined) : undefined;
  // Start-up's small questions go before the board's state, so their answers (and the
  // language set-up) come while the core is still sending the board.
  const starting = loadStartup();
  if (boardId) prefetchBoard(boardId);
  const startup = await starting;
  await initI18n(startup.locale);
  // The board cannot show without its page's code; waiting for it here renders the page once.
  await page;
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
