import type { AppHandlers } from '../../shared/contract';
import { ApiError } from '../../shared/domain/errors';
import type { Engine } from '../engine';
import type { Session } from '../services/context';

type Handlers = Pick<AppHandlers<Session>, 'exportBoardPrint' | 'cancelBoardPrint'>;

/**
 * The app's board exports to PDF, PNG and SVG. Only a process that serves the built renderer
 * (browser mode: `rendererDir`) can print; elsewhere the answer is `export_unavailable`. Each
 * running export is kept by its job id so the person can cancel it.
 */
export function boardPrintHandlers(engine: Engine, rendererDir: string | undefined): Handlers {
  const running = new Map<string, AbortController>();
  return {
    async exportBoardPrint(request) {
      if (!rendererDir) throw new ApiError('export_unavailable', 'Board exports to PDF and images run in browser mode and on the command line.');
      if (running.has(request.jobId)) throw new ApiError('conflict', `Export ${request.jobId} is already running.`);
      const controller = new AbortController();
      running.set(request.jobId, controller);
      try {
        // Loaded on first use, so opening the app never loads the browser driver.
        const { printBoard } = await import('./printBoard');
        return await printBoard(engine, rendererDir, request, controller.signal);
      } finally {
        running.delete(request.jobId);
      }
    },
    cancelBoardPrint({ jobId }) {
      const controller = running.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
  };
}
