import { boardIdInHash } from '../features/boards/boardAddress';
import { prefetchBoard } from '../features/boards/prefetch';
import { prefetchExerciseList } from '../features/exercises/prefetch';
import { loadStartup } from '../features/status/startup';
import { boardPage } from './pages';

/*
 * What the window asks the core for before anything else. main.tsx imports this module first,
 * so it runs before the rest of the app's code is evaluated (the contract's schemas, React DOM,
 * the catalogues and every screen: a good part of start-up), and the answers travel meanwhile.
 * In this order: the board page's code, the store's status and the saved language (small, so
 * they come back first), then the board's state, or the exercise list (the first screen).
 */
const boardId = boardIdInHash(location.hash);

/** The board page's code, when the window opens on a board; settles (never rejects) once loaded or failed. */
export const boardPageCode: Promise<unknown> | undefined = boardId ? boardPage.preload().catch(() => undefined) : undefined;
export const startup = loadStartup();
if (boardId) prefetchBoard(boardId);
else if (location.hash.replace(/^#\/?/, '') === '') prefetchExerciseList();
