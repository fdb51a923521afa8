import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupFile';
import { db } from './db';
import { DERIVED_TABLES } from './cellsRebuild';

/** Every table as JSON: the teacher's safety copy (File -> Back up); Settings -> Restore reads it back with readBackup. */
export async function backupJson(appVersion: string): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    // The derived tables are left out: a restore rebuilds them from the evidence.
    for (const table of db.tables) if (!DERIVED_TABLES.has(table.name)) tables[table.name] = await table.toArray();
  });
  return JSON.stringify(
    { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion: db.verno, appVersion, exportedAt: new Date().toISOString(), tables },
    null,
    1,
  );
}
