import { z } from 'zod';
import { runDoctor } from '../../core/doctor';
import { inspectDatabaseFile } from '../../core/store/recovery';
import { dataPaths } from '../../core/paths';
import { dataDirOption, parseCommand } from '../args';
import { CliFailure, openEngine } from '../openEngine';

export const doctorHelp = 'minga doctor [--data DIR] [--rebuild] [--json]   integrity check; --rebuild regenerates projections';

export async function doctor(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { rebuild: { type: 'boolean', default: false } }, z.object({ data: dataDirOption, json: z.boolean(), rebuild: z.boolean() }));
  const file = inspectDatabaseFile(dataPaths(args.data).database);
  if (file.state === 'corrupt' || file.state === 'unreadable') {
    throw new CliFailure(`The database is damaged (${file.detail}). Run \`minga restore --latest\` to go back to the newest good backup.`);
  }
  const engine = openEngine(args.data, 'cli');
  try {
    const report = runDoctor(engine.store!, args.rebuild);
    if (args.json) console.log(JSON.stringify(report, null, 2));
    else {
      console.log(`SQLite integrity: ${report.integrity}`);
      console.log(`Documents: ${report.documents} (${report.unreadableDocuments.length} unreadable)`);
      console.log(`Projections: ${report.staleProjections} stale, ${report.missingProjections.length} missing`);
      if (report.rebuilt !== null) console.log(`Rebuilt projections for ${report.rebuilt} documents.`);
      console.log(report.ok ? 'Everything is in order.' : 'Problems found (see above). Try `minga doctor --rebuild`.');
    }
    if (!report.ok) process.exitCode = 1;
  } finally {
    engine.close();
  }
}
