import { db } from './db';
import { SETTING } from './settings';

/**
 * Writes the sample class on the very first start. A returning teacher's start reads one setting:
 * the sample and its builder load only when it is still to be written.
 */
export async function ensureFirstRunLoaded(): Promise<void> {
  const done = await db.settings.get(SETTING.firstRunDone);
  if (done?.value) return;
  const { ensureFirstRun } = await import('./sample');
  await ensureFirstRun();
}
