import { backupJson } from '../db/backup';
import { ImportWorkerClient } from '../ui/import/importWorkerClient';

/**
 * Every table as a backup file's contents, written in a worker and handed over as bytes: reading
 * and writing out a teacher's records, then making a file of the text, held the window for
 * seconds on a district's backup. "Back up now" must work even where a screen broke, so a worker
 * that cannot start or fails hands the work back to this thread, which writes the text itself.
 */
export async function backupFileData(appVersion: string): Promise<Uint8Array<ArrayBuffer> | string> {
  const worker = new ImportWorkerClient();
  try {
    return (await worker.run<{ bytes: Uint8Array<ArrayBuffer> }>({ type: 'write-backup', appVersion }, () => {})).bytes;
  } catch (error) {
    console.warn('The backup was written on the window instead of its worker', error);
    return backupJson(appVersion);
  } finally {
    worker.cancel();
  }
}
