import type { ClassAdult, ClassFields, ClassRecord } from '../../shared';
import { db, newId, nowIso } from './db';

export async function listClasses(includeArchived = false): Promise<ClassRecord[]> {
  const all = await db.classes.toArray();
  return all
    .filter((c) => includeArchived || c.archived === 0)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

export async function createClass(fields: ClassFields): Promise<string> {
  const id = newId();
  await db.classes.add({ id, ...fields, archived: 0, createdAt: nowIso() });
  return id;
}

export async function updateClass(id: string, fields: Partial<ClassFields>): Promise<void> {
  await db.classes.update(id, fields);
}

export async function setClassArchived(id: string, archived: boolean): Promise<void> {
  await db.classes.update(id, { archived: archived ? 1 : 0 });
}

export async function setClassAdults(classId: string, adults: ClassAdult[]): Promise<void> {
  await db.classes.update(classId, { adults });
}
