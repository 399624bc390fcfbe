import { z } from 'zod';
import { actorExchangeContract } from './actorExchange';
import { actorsContract } from './actors';
import { archiveContract } from './archive';
import { assetsContract } from './assets';
import { Bytes, boardsContract } from './boards';
import { contributionsContract } from './contributions';
import { exercisesContract } from './exercises';
import { indicatorsContract } from './indicators';
import { interchangeContract } from './interchange';
import { printContract } from './print';
import { hubContentContract } from './hubContent';
import type { ApiOf, HandlersOf } from './procedure';
import { reportsContract } from './reports';
import { searchContract } from './search';
import { syncContract, SyncStatus } from './sync';
import { systemContract } from './system';
import { workshopsContract } from './workshops';
import { Id } from '../domain/ids';

/** The whole API the core serves: the union of the domain contracts, declared once. */
export const appContract = {
  ...exercisesContract,
  ...workshopsContract,
  ...actorsContract,
  ...actorExchangeContract,
  ...contributionsContract,
  ...indicatorsContract,
  ...boardsContract,
  ...assetsContract,
  ...archiveContract,
  ...searchContract,
  ...systemContract,
  ...syncContract,
  ...hubContentContract,
  ...interchangeContract,
  ...reportsContract,
  ...printContract,
};
export type AppContract = typeof appContract;
export type AppApi = ApiOf<AppContract>;
export type AppHandlers<Context> = HandlersOf<AppContract, Context>;
export type MethodName = keyof AppContract & string;
export const methodNames = Object.keys(appContract) as MethodName[];

/** Events the core pushes to a connected client. */
export const clientEvents = {
  boardUpdated: z.object({ id: Id, update: Bytes }),
  /** Something changed in the store (another window, a restore): lists should refresh. */
  storeChanged: z.object({ reason: z.enum(['edit', 'restore']) }),
  /** The background sync's status changed (a round started or ended, an edit is waiting, a sign-in). */
  syncStatusChanged: SyncStatus,
};
export type ClientEvents = { [K in keyof typeof clientEvents]: (payload: z.output<(typeof clientEvents)[K]>) => void };

export * from './procedure';
export { Locale, locales, StoreState, type Preferences, type Status, type Backup } from './system';
export { SearchHit } from './search';
export { AssetMime, assetMimes, maxAssetBytes } from './assets';
export { ArchiveSummary, archiveProblems, maxArchiveBytes, type ArchiveProblem } from './archive';
export { SyncStatus, SyncState, SyncErrorCode, LinkHubInput } from './sync';
