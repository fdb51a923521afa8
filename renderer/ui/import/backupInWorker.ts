// A backup is checked in the import worker: parsing and checking every row of a teacher's 19 MB
// backup (53,000 scores) held the window for half a second on its thread. The answer comes back
// with each table as a top-level list, so it crosses in slices (see transfer.ts) and the window
// paints between them.
import { readBackup, type Backup, type BackupRow, type ReadBackupResult } from '../../db/backupFile';

type TableKey = `table:${string}`;

/** What the worker answers: the problem, or the backup's header and each of its tables at the top level. */
export type BackupChecked =
  | { ok: false; problem: string }
  | ({ ok: true; head: Omit<Backup, 'tables'> } & { [table: TableKey]: BackupRow[] });

export function checkBackupBytes(bytes: Uint8Array): BackupChecked {
  const read = readBackup(new TextDecoder('utf-8').decode(bytes));
  if (!read.ok) return read;
  const { tables, ...head } = read.backup;
  const checked: BackupChecked = { ok: true, head };
  for (const [name, rows] of Object.entries(tables)) checked[`table:${name}`] = rows;
  return checked;
}

/** The backup put back together on the window. */
export function backupFromChecked(checked: BackupChecked): ReadBackupResult {
  if (!checked.ok) return checked;
  const tables: Record<string, BackupRow[]> = {};
  for (const [key, rows] of Object.entries(checked)) {
    if (key.startsWith('table:')) tables[key.slice('table:'.length)] = rows as BackupRow[];
  }
  return { ok: true, backup: { ...checked.head, tables } };
}
