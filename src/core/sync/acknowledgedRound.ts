import type { StoreContext } from '../services/context';
import { acknowledge, logPositions } from './pending';
import { syncRound, type SyncOptions, type SyncReport } from './syncRound';

/**
 * One sync round that also records what the hub now has (see pending.ts), so the pending count
 * is right whoever ran the round: the app in the background or `minga sync`. `editedDuring`
 * names documents edited while the round ran; they stay pending.
 */
export async function acknowledgedRound(store: StoreContext, options: SyncOptions = {}, editedDuring: () => ReadonlySet<string> = () => new Set()): Promise<SyncReport> {
  const before = logPositions(store.db);
  const report = await syncRound(store, options);
  const refused = new Set(report.refused.map((entry) => entry.name.slice(entry.name.indexOf(':') + 1)));
  acknowledge(store.db, before, logPositions(store.db), new Set(editedDuring()), refused);
  return report;
}
