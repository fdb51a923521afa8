import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupFile';
import { db } from './db';

/** Every table as JSON: the teacher's safety copy (File -> Back up); Settings -> Restore reads it back with readBackup. */
export async function backupJson(appVersion: string): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  return JSON.stringify(
    { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion: db.verno, appVersion, exportedAt: new Date().toISOString(), tables },
    null,
    1,
  );
}
