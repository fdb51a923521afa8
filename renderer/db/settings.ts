import { checkSettingValue, type SettingKey, type SettingValue } from '../../shared';
import { db } from './db';

/**
 * A setting's value. A known setting (see settingValueSchemas in shared/records) comes back checked
 * against its schema; a value that does not fit reads as not set, so a damaged preference falls
 * back to its default instead of breaking a screen.
 */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined>;
export async function getSetting<T>(key: string): Promise<T | undefined>;
export async function getSetting(key: string): Promise<unknown> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const read = checkSettingValue(key, row.value);
  if (!read.ok) {
    console.warn(`The “${key}” setting could not be read (${read.problem}); it is treated as not set.`);
    return undefined;
  }
  return read.value;
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void>;
export async function setSetting(key: string, value: unknown): Promise<void>;
export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export const SETTING = {
  firstRunDone: 'firstRunDone',
  sampleBannerDismissed: 'sampleBannerDismissed',
  lastClassId: 'lastClassId',
} as const satisfies Record<string, SettingKey>;
