// Putting a backup back: every table replaced in one transaction, so a restore lands whole or not
// at all, and the data it replaced is handed back so the teacher can undo it.
import Dexie from 'dexie';
import { db, newId, openDb } from './db';
import { COUNTED, latestVersion, needsUpgrade, type Backup, type BackupCounts, type BackupRow } from './backupFile';
import { schemaVersions, type SchemaVersion } from './schema';
import { DERIVED_TABLES, rebuildAllCellsIn } from './cellsRebuild';
import { pauseInTransaction, ROWS_PER_PAUSE } from './nextTask';

/** Every table's rows, by table name. */
export type Snapshot = Record<string, BackupRow[]>;

/**
 * Rows written so far of all a restore writes (a district's backup takes a minute to write);
 * returning false stops the restore, and the transaction takes back what it wrote.
 */
export type RestoreProgress = (written: number, total: number) => boolean | void;

/** A restore the teacher stopped: nothing was changed. */
export class RestoreStopped extends Error {
  constructor() {
    super('Stopped: nothing on this computer was changed.');
    this.name = 'RestoreStopped';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How many classes, students, … are on this computer now. */
export async function currentCounts(): Promise<BackupCounts> {
  const counts = {} as BackupCounts;
  await db.transaction('r', COUNTED.map(([, table]) => db.table(table)), async () => {
    for (const [name, table] of COUNTED) counts[name] = await db.table(table).count();
  });
  return counts;
}

/**
 * The backup's tables in the shape of the newest schema. Rows from an older database version go
 * through the very upgrade functions Dexie runs on an old database: they are written into a
 * scratch database at their own version, which is then opened at the newest one.
 */
export async function upgradeTables(backup: Backup, versions: readonly SchemaVersion[] = schemaVersions): Promise<Snapshot> {
  if (backup.schemaVersion >= latestVersion(versions) || !needsUpgrade(backup.schemaVersion, versions)) return backup.tables;
  const name = `blendwise-restore-${newId()}`;
  try {
    const old = openDb(name, versions.filter((v) => v.version <= backup.schemaVersion));
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkAdd(backup.tables[table.name] ?? []);
    });
    old.close();
    const upgraded = openDb(name, [...versions]);
    try {
      await upgraded.open();
      const tables: Snapshot = {};
      await upgraded.transaction('r', upgraded.tables, async () => {
        for (const table of upgraded.tables) tables[table.name] = (await table.toArray()) as BackupRow[];
      });
      return tables;
    } finally {
      upgraded.close();
    }
  } catch (error) {
    throw new Error(
      `This backup is from an older Blendwise (database version ${backup.schemaVersion}) and could not be brought ` +
        `up to date (${messageOf(error)}). Nothing on this computer was changed. Open the backup in the Blendwise ` +
        'version that made it, save a new backup there, and restore that one.',
      { cause: error },
    );
  } finally {
    await Dexie.delete(name).catch(() => undefined);
  }
}

/** Replaces every table with `tables` (absent ones end up empty) in one transaction; returns what was there. */
async function replaceAll(tables: Snapshot, progress: RestoreProgress = () => {}): Promise<Snapshot> {
  const names = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(tables).find((t) => !names.has(t) && !DERIVED_TABLES.has(t));
  if (unknown) throw new Error(`this Blendwise has no “${unknown}” table`);
  return db.transaction('rw', db.tables, async () => {
    const before: Snapshot = {};
    for (const table of db.tables) if (!DERIVED_TABLES.has(table.name)) before[table.name] = (await table.toArray()) as BackupRow[];
    const total = db.tables.reduce((n, t) => n + (DERIVED_TABLES.has(t.name) ? 0 : (tables[t.name]?.length ?? 0)), 0);
    let written = 0;
    progress(written, total);
    for (const table of db.tables) {
      if (DERIVED_TABLES.has(table.name)) continue;
      await table.clear();
      const rows = tables[table.name] ?? [];
      // Not caught on purpose: a failed bulkAdd aborts the transaction, and every table is as it was.
      for (let from = 0; from < rows.length; from += ROWS_PER_PAUSE) {
        if (from > 0) await pauseInTransaction();
        const slice = rows.slice(from, from + ROWS_PER_PAUSE);
        await table.bulkAdd(slice);
        written += slice.length;
        if (progress(written, total) === false) throw new RestoreStopped();
      }
    }
    await rebuildAllCellsIn(db);
    return before;
  });
}

/** Restores a backup read by readBackup; returns the data it replaced, for putBack. */
export async function restoreBackup(backup: Backup, progress?: RestoreProgress): Promise<Snapshot> {
  const tables = await upgradeTables(backup);
  try {
    return await replaceAll(tables, progress);
  } catch (error) {
    if (error instanceof RestoreStopped) throw error;
    throw new Error(
      `Nothing on this computer was changed: Blendwise could not store the backup (${messageOf(error)}). ` +
        'The file may have been edited by hand; try another copy of the backup.',
      { cause: error },
    );
  }
}

/** Puts back what restoreBackup replaced, in one transaction (the Undo of a restore). */
export async function putBack(snapshot: Snapshot, progress?: RestoreProgress): Promise<void> {
  await replaceAll(snapshot, progress);
}
