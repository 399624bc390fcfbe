import type { StoreContext } from '../services/context';
import { acknowledge, logPositions, pendingPositions } from './pending';
import { syncRound, type SyncOptions, type SyncReport } from './syncRound';

/**
 * One sync round that also records what the hub now has (see pending.ts), so the pending count
 * is right whoever ran the round: the app in the background or `minga sync`. `editedDuring`
 * names documents edited while the round ran; they stay pending.
 */
export async function acknowledgedRound(store: StoreContext, options: SyncOptions = {}, editedDuring: () => ReadonlySet<string> = () => new Set()): Promise<SyncReport> {
  const before = pendingPositions(store.db);
  const report = await syncRound(store, options);
  const idOf = (name: string) => name.slice(name.indexOf(':') + 1);
  const refused = new Set(report.refused.map((entry) => idOf(entry.name)));
  // What was pending, and what the hub brought in (a new document arrives as a log entry here).
  const covered = new Set([...before.keys(), ...report.received.map(idOf)]);
  acknowledge(store.db, before, logPositions(store.db, covered), new Set(editedDuring()), refused);
  return report;
}
