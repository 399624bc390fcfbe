import path from 'node:path';
import { z } from 'zod';
import { DataFolderLockedError } from '../../core/store/lock';
import { PackageRefused } from '../../core/sync/package/format';
import { HubStartupError } from '../../server/errors';
import { withoutPassword, type HubLocation } from '../../server/location';
import { openHubStore } from '../../server/store/hubStore';
import { exportHubPackage, importHubPackage } from '../../server/sync/packages';
import type { HubStore } from '../../server/store/types';
import { UsageError } from '../args';
import { CliFailure } from '../openEngine';
import { megabytes, readPackageFile, someRefusedExitCode, writePackageFile } from './packageFile';
export { hubSyncPackageHelp } from './hubUsage';


/**
 * `minga hub sync-package import|export`. Importing writes documents, and a running hub that has
 * a document loaded would not see rows another process appends (it serves its copy in memory
 * until the document is unloaded). So on SQLite the import takes the folder lock, like the hub:
 * it refuses while the hub runs. On PostgreSQL there is no such lock; stop the hub instances
 * first (see docs/ARCHITECTURE.md). Exporting only reads committed rows and runs beside the hub.
 */
export async function hubSyncPackage(
  positionals: string[],
  args: { location: HubLocation; json?: boolean; email?: unknown; out?: unknown; exercise?: unknown },
): Promise<void> {
  const [action, file, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`Unexpected ${extra.join(' ')}.`);
  if (action === 'import') {
    if (!file) throw new UsageError('hub sync-package import needs the package FILE.');
    if (args.email !== undefined || args.out !== undefined) throw new UsageError('--email and --out belong to `minga hub sync-package export`.');
    const pkg = readPackageFile(file);
    const store = await open(args.location, true);
    let report;
    try {
      report = await importHubPackage(store, pkg);
    } catch (error) {
      if (error instanceof PackageRefused) throw new CliFailure(`${file}: ${error.message} Nothing was imported.`);
      throw error;
    } finally {
      await store.close();
    }
    console.log(args.json
      ? JSON.stringify(report)
      : `Imported ${file} by ${report.author} (made ${pkg.createdAt}): ${report.stored.length} stored, ${report.unchanged.length} already up to date, ${report.refused.length} refused.`);
    // The rest was imported; the refusals are the failure a script must notice.
    if (report.refused.length > 0) {
      throw new CliFailure(report.refused.map(({ name, reason }) => `  refused ${name}: ${reason}`).join('\n'), someRefusedExitCode);
    }
    return;
  }
  if (action === 'export') {
    if (file !== undefined) throw new UsageError('hub sync-package export writes to --out FILE; it takes no other file.');
    const email = z.email().safeParse(args.email);
    if (!email.success) throw new UsageError(`--email: ${args.email === undefined ? 'is required' : 'must be an email address'}`);
    if (typeof args.out !== 'string' || args.out === '') throw new UsageError('--out: is required (the package file to write).');
    const store = await open(args.location, false);
    let pkg;
    try {
      pkg = await exportHubPackage(store, email.data, new Date());
    } catch (error) {
      if (error instanceof PackageRefused) throw new CliFailure(error.message);
      throw error;
    } finally {
      await store.close();
    }
    const bytes = writePackageFile(args.out, pkg);
    console.log(args.json
      ? JSON.stringify({ file: path.resolve(args.out), documents: pkg.documents.length, bytes })
      : `Wrote ${pkg.documents.length} documents ${pkg.author.email} may read to ${args.out} (${megabytes(bytes)}). Import it on their desktop with \`minga sync-package import\`.`);
    return;
  }
  throw new UsageError(action ? `Unknown hub sync-package command "${action}".` : 'hub sync-package needs import or export.');
}

async function open(location: HubLocation, exclusive: boolean): Promise<HubStore> {
  try {
    return await openHubStore(location, { exclusive, log: () => undefined });
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      throw new CliFailure(`Stop the hub before importing a sync package: ${error.message}`);
    }
    if (error instanceof HubStartupError) throw new CliFailure(`${error.message} (${location.kind === 'postgres' ? withoutPassword(location.url) : location.dataDir})`);
    throw error;
  }
}
