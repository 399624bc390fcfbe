import { UsageError } from './args';
import { archive, archiveHelp } from './commands/archive';
import { backup, backupHelp, restore, restoreHelp } from './commands/backup';
import { doctor, doctorHelp } from './commands/doctor';
import { hubHelp } from './commands/hubUsage';
import { exportBoard, exportHelp, importBoard, importHelp } from './commands/interchange';
import { list, listHelp } from './commands/list';
import { serve, serveHelp } from './commands/serve';
import { login, loginHelp, sync, syncHelp } from './commands/sync';
import { syncPackage, syncPackageHelp } from './commands/syncPackage';
import { CliFailure } from './openEngine';

const commands: Record<string, (argv: string[]) => Promise<void>> = { serve, list, doctor, backup, restore, login: (argv) => login(argv), sync, 'sync-package': syncPackage, export: exportBoard, import: importBoard, archive, hub: async (argv) => (await import('./commands/hub')).hub(argv) };

const usage = ['Usage:', ...[serveHelp, listHelp, doctorHelp, backupHelp, restoreHelp, loginHelp, syncHelp, syncPackageHelp, exportHelp, importHelp, archiveHelp, hubHelp].map((line) => `  ${line}`),
  '', '--data defaults to the folder the desktop app uses (or $MINGA_DATA); for `minga hub`, its hub/ subfolder',
  '(or $MINGA_HUB_DATA).'].join('\n');

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(usage);
    return 0;
  }
  try {
    await command(rest);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof CliFailure) {
      console.error(error.message);
      return error.exitCode;
    }
    console.error('Minga failed unexpectedly:', error);
    return 1;
  }
}
