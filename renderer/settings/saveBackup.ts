import { format } from 'date-fns';
import { BACKUP_FILE_FILTER } from '../../shared/bridgeChannels';
import { bridge } from '../bridge';
import { backupJson } from '../db/backup';
import { ImportWorkerClient } from '../ui/import/importWorkerClient';

/**
 * Every table as backup text, written in a worker: reading and writing out a teacher's 19 MB of
 * records held the window for a quarter of a second. "Back up now" must work even where a screen
 * broke, so a worker that cannot start or fails hands the work back to this thread.
 */
async function backupText(appVersion: string): Promise<string> {
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

/** Asks where to save a backup of every table and writes it; false when the teacher cancelled. */
export async function saveBackupFile(appVersion: string): Promise<boolean> {
  const result = await bridge.saveFile({
    suggestedName: `Blendwise backup ${format(new Date(), 'yyyy-MM-dd')}.json`,
    filters: [{ name: BACKUP_FILE_FILTER, extensions: ['json'] }],
    data: await backupText(appVersion),
  });
  return result.saved;
}
