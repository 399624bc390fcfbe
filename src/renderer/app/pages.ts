import { preloadablePage } from './preloadablePage';

/** The board page (React Flow, Yjs): loaded on first visit, or during start-up when the app opens on a board. */
export const boardPage = preloadablePage((): Promise<React.ComponentType<{ id: string }>> => import('../features/boards/BoardPage').then((module) => module.BoardPage));
