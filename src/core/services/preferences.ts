import { Locale, type Preferences } from '../../shared/contract';
import type { Db } from '../store/database';

export const defaultPreferences: Preferences = { locale: 'es-CO' };

export function readPreferences(db: Db | undefined): Preferences {
  if (!db) return defaultPreferences;
  const row = db.prepare<[string], { value: string }>('SELECT value FROM preferences WHERE key = ?').get('locale');
  const locale = Locale.safeParse(row?.value);
  return { locale: locale.success ? locale.data : defaultPreferences.locale };
}

export function writePreferences(db: Db, preferences: Partial<Preferences>): Preferences {
  const upsert = db.prepare('INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  if (preferences.locale) upsert.run('locale', preferences.locale);
  return readPreferences(db);
}
