import { z } from 'zod';
import { procedure } from './procedure';

export const locales = ['es-CO', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

export const StoreState = z.enum(['ready', 'corrupt', 'too_new', 'locked', 'unavailable']);
export type StoreState = z.infer<typeof StoreState>;

export const Backup = z.object({
  id: z.string().regex(/^[\w.-]+\.sqlite$/),
  createdAt: z.string(),
  bytes: z.number().int(),
  reason: z.enum(['auto', 'manual', 'pre-restore']),
});
export type Backup = z.infer<typeof Backup>;

export const Status = z.object({
  state: StoreState,
  /** Technical detail for the state; the renderer shows its own text per state. */
  detail: z.string(),
  dataDir: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  lastBackupAt: z.string().nullable(),
});
export type Status = z.infer<typeof Status>;

export const Preferences = z.object({ locale: Locale });
export type Preferences = z.infer<typeof Preferences>;

export const systemContract = {
  getStatus: procedure(z.object({}).default({}), Status),
  getPreferences: procedure(z.object({}).default({}), Preferences),
  setPreferences: procedure(Preferences.partial(), Preferences),
  listBackups: procedure(z.object({}).default({}), z.array(Backup)),
  createBackup: procedure(z.object({}).default({}), Backup),
  /** Restores a backup; the state it replaced is kept as a pre-restore backup, so it can be undone. */
  restoreBackup: procedure(z.object({ id: Backup.shape.id }), z.object({ restored: Backup, undo: Backup.nullable() })),
};
