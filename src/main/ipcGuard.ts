import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { Reply } from '../shared/contract/procedure';
import type { RendererLocation } from './rendererLocation';

/**
 * The one registrar for every IPC call from the renderer to main. It checks that the message
 * comes from a frame showing the app's own page (not some other page a frame was navigated
 * to), parses the arguments with zod, and answers every outcome with a reply envelope so
 * that errors keep their code across contextBridge.
 *
 * Calls to the core do not pass here: they go over the MessagePort straight to the core,
 * whose own registrar parses them. This guards only the few native things main does itself.
 */
export type IpcHandler<Args extends unknown[], Result> = (args: Args, event: IpcMainInvokeEvent) => Promise<Result> | Result;

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, location: RendererLocation): boolean {
  const frame = event.senderFrame;
  // A frame that was destroyed or navigated away while the message travelled is not trusted.
  if (!frame || frame.isDestroyed() || frame.detached) return false;
  return location.isAppUrl(frame.url);
}

export function registerIpcHandler<Schema extends z.ZodType<unknown[]>, Result>(
  location: RendererLocation,
  channel: string,
  schema: Schema,
  handler: IpcHandler<z.output<Schema>, Result>,
): void {
  ipcMain.handle(channel, async (event, ...rawArgs): Promise<Reply<Result>> => {
    if (!isTrustedSender(event, location)) {
      return {
        ok: false,
        error: { code: 'internal', message: `Refused "${channel}": the sender frame is not Minga's own page.` },
      };
    }
    const parsed = schema.safeParse(rawArgs);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid arguments for "${channel}".`,
          issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), key: issue.message })),
        },
      };
    }
    try {
      return { ok: true, value: await handler(parsed.data, event) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `"${channel}" failed: ${message}` } };
    }
  });
}
