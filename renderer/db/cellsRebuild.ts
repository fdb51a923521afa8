// Keeping the derived `cells` table in step with the evidence. Every function here runs inside a
// transaction that the caller opened over evidence, cells and classStamps, so the evidence and its
// cells always change together: an import or a score lands with its cells or not at all.
import type { Table } from 'dexie';
import { cellFromEvidence, cellsFromEvidence, parseCellKey, type CellEvidence, type CellRecord, type Evidence } from '../../shared';
import { pauseInTransaction, ROWS_PER_PAUSE } from './nextTask';

/** Tables derived from the others: never backed up, rebuilt on restore. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['cells', 'classStamps']);

/** What an open class has seen: how many evidence changes, and which cells the last few touched. */
export type ClassStamp = {
  classId: string;
  rev: number;
  /** the latest changes, oldest first; `cells: null` means "any cell: read the class again" */
  recent: { rev: number; cells: string[] | null }[];
};

/** How many changes a stamp remembers; an open class further behind reads all its cells again. */
const RECENT = 64;
/** Past this many cells, one change re-reads the class's evidence at once instead of cell by cell. */
const CELL_BY_CELL = 200;

type Tables = { table(name: string): Table };

const evidenceOf = (t: Tables) => t.table('evidence') as Table<Evidence, string>;
const cellsOf = (t: Tables) => t.table('cells') as Table<CellRecord, string>;
const stampsOf = (t: Tables) => t.table('classStamps') as Table<ClassStamp, string>;

/** Records a change to a class's evidence: `cells` the keys it touched, or null for "any". */
async function bumpStamp(t: Tables, classId: string, cells: string[] | null): Promise<void> {
  const stamp = (await stampsOf(t).get(classId)) ?? { classId, rev: 0, recent: [] };
  const rev = stamp.rev + 1;
  await stampsOf(t).put({ classId, rev, recent: [...stamp.recent, { rev, cells }].slice(-RECENT) });
}

/** Rebuilds every cell of these classes from their evidence. */
export async function rebuildClassCells(t: Tables, classIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(classIds)];
  if (ids.length === 0) return;
  await cellsOf(t).where('classId').anyOf(ids).delete();
  const evidence = await evidenceOf(t).where('classId').anyOf(ids).toArray();
  await cellsOf(t).bulkPut([...cellsFromEvidence(evidence).values()]);
  for (const id of ids) await bumpStamp(t, id, null);
}

/** Rebuilds the whole derived table from every evidence row (schema upgrade, restore, repair). */
export async function rebuildAllCellsIn(t: Tables): Promise<void> {
  await cellsOf(t).clear();
  const byCell = new Map<string, CellEvidence[]>();
  await evidenceOf(t).each((e) => {
    const key = `${e.classId}|${e.studentId}|${e.skillId}`;
    let list = byCell.get(key);
    if (!list) byCell.set(key, (list = []));
    list.push(e);
  });
  const cells: CellRecord[] = [];
  // A slice of cells built, then written, a task at a time: a restore rebuilds them all.
  let built = 0;
  for (const list of byCell.values()) {
    const first = list[0]!;
    const cell = cellFromEvidence(first.classId, first.studentId, first.skillId, list);
    if (cell) cells.push(cell);
    if (++built % ROWS_PER_PAUSE === 0) await pauseInTransaction();
  }
  for (let i = 0; i < cells.length; i += ROWS_PER_PAUSE) {
    if (i > 0) await pauseInTransaction();
    await cellsOf(t).bulkPut(cells.slice(i, i + ROWS_PER_PAUSE));
  }
  const classIds = new Set(cells.map((c) => c.classId));
  for (const stamp of await stampsOf(t).toArray()) classIds.add(stamp.classId);
  for (const id of classIds) await bumpStamp(t, id, null);
}

/**
 * Brings the cells of these evidence rows (before or after a change: both, for an edit) up to
 * date. A few cells are read cell by cell; a bulk change re-reads its classes.
 */
export async function refreshCellsOf(t: Tables, rows: Iterable<Pick<Evidence, 'classId' | 'studentId' | 'skillId'>>): Promise<void> {
  const keys = new Set<string>();
  for (const r of rows) keys.add(`${r.classId}|${r.studentId}|${r.skillId}`);
  if (keys.size === 0) return;
  if (keys.size > CELL_BY_CELL) {
    await rebuildClassCells(t, [...keys].map((k) => parseCellKey(k).classId));
    return;
  }
  const byClass = new Map<string, string[]>();
  for (const key of keys) {
    const { classId, studentId, skillId } = parseCellKey(key);
    const rows = await evidenceOf(t).where('[studentId+skillId]').equals([studentId, skillId]).filter((e) => e.classId === classId).toArray();
    const cell = cellFromEvidence(classId, studentId, skillId, rows);
    if (cell) await cellsOf(t).put(cell);
    else await cellsOf(t).delete(key);
    let list = byClass.get(classId);
    if (!list) byClass.set(classId, (list = []));
    list.push(key);
  }
  for (const [classId, cells] of byClass) await bumpStamp(t, classId, cells);
}

/** The cell keys of the changes a class made after `rev`, or null when they are not all remembered. */
export function cellsChangedSince(stamp: ClassStamp | undefined, rev: number): Set<string> | null {
  if (!stamp || stamp.rev === rev) return new Set();
  if (stamp.rev < rev) return null;
  const changes = stamp.recent.filter((c) => c.rev > rev);
  if (changes.length !== stamp.rev - rev) return null;
  const keys = new Set<string>();
  for (const c of changes) {
    if (!c.cells) return null;
    for (const k of c.cells) keys.add(k);
  }
  return keys;
}
