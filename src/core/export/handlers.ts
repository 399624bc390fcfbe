import type { AppHandlers } from '../../shared/contract';
import { ApiError } from '../../shared/domain/errors';
import type { Engine } from '../engine';
import type { Session } from '../services/context';

type Handlers = Pick<AppHandlers<Session>, 'exportBoardPrint' | 'exportReportPdf' | 'cancelBoardPrint'>;

/**
 * The app's board exports to PDF, PNG and SVG. Only a process that serves the built renderer
 * (browser mode: `rendererDir`) can print; elsewhere the answer is `export_unavailable`. Each
 * running export is kept by its job id so the person can cancel it.
 */
export function boardPrintHandlers(engine: Engine, rendererDir: string | undefined): Handlers {
  const running = new Map<string, AbortController>();
  /** One export, kept by its job id while it runs so it can be cancelled. The drivers load on first use. */
  const run = async <T>(jobId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    if (!rendererDir) throw new ApiError('export_unavailable', 'Exports to PDF and images run in browser mode and on the command line.');
    if (running.has(jobId)) throw new ApiError('conflict', `Export ${jobId} is already running.`);
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      return await work(controller.signal);
    } finally {
      running.delete(jobId);
    }
  };
  return {
    async exportBoardPrint(request) {
      const { printBoard } = await import('./printBoard');
      return run(request.jobId, (signal) => printBoard(engine, rendererDir!, request, signal));
    },
    async exportReportPdf(request) {
      const { printReport } = await import('./printReport');
      return run(request.jobId, (signal) => printReport(engine, rendererDir!, request.kind, request.id, signal));
    },
    cancelBoardPrint({ jobId }) {
      const controller = running.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
  };
}
