import { format } from 'date-fns';
import { BACKUP_FILE_FILTER } from '../../shared/bridgeChannels';
import { bridge } from '../bridge';
import { backupFileData } from './backupFileData';

/** Asks where to save a backup of every table and writes it; false when the teacher cancelled. */
export async function saveBackupFile(appVersion: string): Promise<boolean> {
  const result = await bridge.saveFile({
    suggestedName: `Blendwise backup ${format(new Date(), 'yyyy-MM-dd')}.json`,
    filters: [{ name: BACKUP_FILE_FILTER, extensions: ['json'] }],
    data: await backupFileData(appVersion),
  });
  return result.saved;
}
