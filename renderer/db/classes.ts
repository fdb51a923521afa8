import { decodeClass, type ClassAdult, type ClassFields, type ClassRecord } from '../../shared';
import { db, newId, nowIso } from './db';
import { updateAtRev } from './revisions';

export async function listClasses(includeArchived = false): Promise<ClassRecord[]> {
  const all = (await db.classes.toArray()).map(decodeClass);
  return all
    .filter((c) => includeArchived || c.archived === 0)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
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
  return (await db.classes.filter((c) => c.sample === 1).count()) > 0;
}

/** Class id -> how many students are enrolled and not archived. */
export async function activeStudentCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const e of await db.enrollments.toArray()) {
    if (e.archived === 0) counts.set(e.classId, (counts.get(e.classId) ?? 0) + 1);
  }
  return counts;
}
