import { db } from './db';

/** Every table as JSON: the teacher's safety copy (File -> Back up). */
export async function backupJson(appVersion: string): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  return JSON.stringify(
    { format: 'blendwise-backup', formatVersion: 1, schemaVersion: db.verno, appVersion, exportedAt: new Date().toISOString(), tables },
    null,
    1,
  );
}
