import { dialog, type BrowserWindow } from 'electron';
import type { FailureChoice } from './core';
import type { MainStrings } from './i18n';

/** Native dialogs the shell shows itself, in the system's language. */

export async function askAfterCoreFailure(
  t: MainStrings,
  exitCode: number,
  reason: string | null,
  parent: BrowserWindow | null,
): Promise<FailureChoice> {
  const options = {
    type: 'error' as const,
    title: t.coreFailedTitle,
    message: t.coreFailedMessage,
    detail: t.coreFailedDetail(exitCode, reason),
    buttons: [t.tryAgain, t.quit],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 0 ? 'retry' : 'quit';
}

export async function showAbout(t: MainStrings, version: string, parent: BrowserWindow | null): Promise<void> {
  const options = { type: 'info' as const, title: t.about, message: 'Minga', detail: t.aboutDetail(version), buttons: [t.ok] };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
