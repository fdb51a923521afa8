import Dexie from 'dexie';
import { checkClass, decodeClass, type ClassAdult, type ClassFields, type ClassRecord } from '../../shared';
import { db, newId, nowIso } from './db';
import { updateAtRev } from './revisions';
import { pauseInTransaction } from './nextTask';

// Numeric, so "Period 10" comes after "Period 9".
const byName = new Intl.Collator(undefined, { numeric: true });

/**
 * Each class name's place in the collator's order, kept from one listing to the next: the
 * sidebar and the Classes page list the classes again on every change, and a district's 5,000
 * names cost a third of a second to sort with the collator, while sorting by a known place is
 * instant. Any name it has not seen ranks them all again, a slice per task (see rankNames).
 */
let nameRanks = new Map<string, number>();

/** Classes decoded or names sorted per task, in a district's listing: the window paints between. */
const SLICE = 1000;

/** The names in the collator's order: slices sorted a task each, then merged. */
async function rankNames(names: string[]): Promise<Map<string, number>> {
  const runs: string[][] = [];
  for (let at = 0; at < names.length; at += SLICE) {
    if (at > 0) await pauseInTransaction();
    runs.push(names.slice(at, at + SLICE).sort(byName.compare));
  }
  while (runs.length > 1) {
    await pauseInTransaction();
    const [a, b] = runs.splice(0, 2) as [string[], string[]];
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) merged.push(byName.compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
    runs.push(merged.concat(a.slice(i), b.slice(j)));
  }
  return new Map((runs[0] ?? []).map((name, i) => [name, i]));
}

async function byNameRanked(classes: ClassRecord[]): Promise<ClassRecord[]> {
  if (classes.some((c) => !nameRanks.has(c.name))) nameRanks = await rankNames([...new Set(classes.map((c) => c.name))]);
  return classes.sort((a, b) => nameRanks.get(a.name)! - nameRanks.get(b.name)!);
}

/** Each row read with `read` (undefined: not a class), a slice per task. */
async function readClasses(rows: unknown[], read: (row: unknown) => ClassRecord | undefined): Promise<ClassRecord[]> {
  const classes: ClassRecord[] = [];
  for (let at = 0; at < rows.length; at += SLICE) {
    if (at > 0) await pauseInTransaction();
    for (const row of rows.slice(at, at + SLICE)) {
      const decoded = read(row);
      if (decoded) classes.push(decoded);
    }
  }
  return classes;
}

const readable = (row: unknown) => {
  const read = checkClass(row);
  return read.ok ? read.value : undefined;
};

export async function listClasses(includeArchived = false): Promise<ClassRecord[]> {
  // The whole table by primary key, filtered here: a live query notes a primary-key range as one
  // range, but each key found through another index one by one (a district's 5,000 classes took
  // half a second to note).
  const rows = await db.classes.toArray();
  return byNameRanked(await readClasses(includeArchived ? rows : rows.filter((c) => c.archived === 0), decodeClass));
}

/**
 * The classes the sidebar lists, with how many rows could not be read: a damaged row is counted
 * rather than thrown, so the sidebar (and the way to every other screen) stays.
 */
export async function listReadableClasses(): Promise<{ classes: ClassRecord[]; unreadable: number }> {
  // By primary key, as listClasses reads them (see there).
  const rows = (await db.classes.toArray()).filter((c) => c.archived === 0);
  const classes = await readClasses(rows, readable);
  return { classes: await byNameRanked(classes), unreadable: rows.length - classes.length };
}

export async function createClass(fields: ClassFields): Promise<string> {
  const id = newId();
  await db.classes.add({ id, ...fields, archived: 0, createdAt: nowIso() });
  return id;
}

/**
 * Saves the class's details as the screen opened them at revision `rev`; refused with a
 * StaleWriteError when another window saved them since. Returns the new revision.
 */
export async function updateClass(id: string, fields: Partial<ClassFields>, rev: number): Promise<number> {
  return updateAtRev('class', id, rev, fields);
}

export async function setClassArchived(id: string, archived: boolean): Promise<void> {
  await db.classes.update(id, { archived: archived ? 1 : 0 });
}

export async function setClassAdults(classId: string, adults: ClassAdult[]): Promise<void> {
  await db.classes.update(classId, { adults });
}

/** One class by id; undefined when there is none. */
export function getClass(classId: string): Promise<ClassRecord | undefined> {
  return db.classes.get(classId).then((c) => c && decodeClass(c));
}

/** Whether the first-run sample class is loaded. */
export async function hasSampleClass(): Promise<boolean> {
  return (await db.classes.where('sample').equals(1).count()) > 0;
}

/**
 * Class id -> how many students are enrolled and not archived. Read from the keys of the
 * [archived+classId] index alone: 100,000 enrollments count without reading one record.
 */
/** What activeStudentCounts depends on, for useWatchedRead: every enrollment. */
export const watchEnrollments = (): Promise<number> => db.enrollments.count();

/** Read outside a live query (see useWatchedRead): a district's 200,000 keys are too many to note. */
export async function activeStudentCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const keys = await db.enrollments
    .where('[archived+classId]')
    .between([0, Dexie.minKey], [0, Dexie.maxKey])
    .keys();
  for (const key of keys) {
    const classId = (key as unknown as [number, string])[1];
    counts.set(classId, (counts.get(classId) ?? 0) + 1);
  }
  return counts;
}
