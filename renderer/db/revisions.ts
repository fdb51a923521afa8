// Updates checked against the revision the screen read: the write lands only if nobody (another
// window, an import) saved the record since. Each successful update stores rev + 1.
import { db } from './db';
import { revOf, StaleWriteError, type StaleRecordKind } from './conflicts';

const TABLES = { plan: 'plans', student: 'students', class: 'classes', goal: 'goals' } as const;

/**
 * In one transaction: reads the stored record, refuses the write with a StaleWriteError when its
 * rev is not `rev` (or it is gone), else applies `changes` with rev + 1. Returns the new rev.
 */
export async function updateAtRev(kind: StaleRecordKind, id: string, rev: number, changes: object): Promise<number> {
  const table = db.table<{ id: string; rev?: number }, string>(TABLES[kind]);
  return db.transaction('rw', table, async () => {
    const stored = await table.get(id);
    if (!stored) throw new StaleWriteError(kind, id, true);
    if (revOf(stored) !== rev) throw new StaleWriteError(kind, id);
    const next = rev + 1;
    // Whatever the caller passes, the id and the rev are the database's to set.
    const { id: _id, rev: _rev, ...rest } = changes as { id?: string; rev?: number };
    await table.update(id, { ...rest, rev: next });
    return next;
  });
}
