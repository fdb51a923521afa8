import { backupJson } from '../db/backup';
import { ImportWorkerClient } from '../ui/import/importWorkerClient';

/**
 * Every table as backup text, written in a worker: reading and writing out a teacher's 19 MB of
 * records held the window for a quarter of a second. "Back up now" must work even where a screen
 * broke, so a worker that cannot start or fails hands the work back to this thread.
 */
export async function backupText(appVersion: string): Promise<string> {
  const worker = new ImportWorkerClient();
  try {
    return (await worker.run<{ text: string }>({ type: 'write-backup', appVersion }, () => {})).text;
  } catch (error) {
    console.warn('The backup was written on the window instead of its worker', error);
    return backupJson(appVersion);
  } finally {
    worker.cancel();
  }
}
