import type { CheckIn, GoalRecord } from '../../shared';
import { db, newId, nowIso } from './db';
import { updateAtRev } from './revisions';

export type GoalDraft = Omit<GoalRecord, 'id' | 'createdAt' | 'closed'>;
export type CheckInDraft = Omit<CheckIn, 'id'>;

/** Creates goals in one transaction (one, or a whole group's at once); returns their ids. */
export async function createGoals(drafts: GoalDraft[]): Promise<string[]> {
  const records: GoalRecord[] = drafts.map((d) => ({ ...d, id: newId(), createdAt: nowIso() }));
  await db.goals.bulkAdd(records);
  return records.map((r) => r.id);
}

/**
 * Saves the goal the screen opened at revision `rev`; refused with a StaleWriteError when another
 * window saved it since. Returns the new revision.
 */
export async function updateGoal(id: string, changes: Partial<GoalDraft>, rev: number): Promise<number> {
  return updateAtRev('goal', id, rev, changes);
}

export async function closeGoal(id: string, as: 'met' | 'dropped', on: string): Promise<void> {
  await db.goals.update(id, { closed: { on, as } });
}

export async function reopenGoal(id: string): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (!goal) return;
    const { closed: _closed, ...open } = goal;
    await db.goals.put(open);
  });
}

export type GoalSnapshot = { goals: GoalRecord[]; checkIns: CheckIn[] };

/** Deletes goals with their check-ins; the snapshot lets undo put them back exactly. */
export async function deleteGoals(ids: string[]): Promise<GoalSnapshot> {
  return db.transaction('rw', db.goals, db.checkIns, async () => {
    const goals = (await db.goals.bulkGet(ids)).filter((g): g is GoalRecord => !!g);
    const checkIns = await db.checkIns.where('goalId').anyOf(ids).toArray();
    await db.checkIns.bulkDelete(checkIns.map((c) => c.id));
    await db.goals.bulkDelete(ids);
    return { goals, checkIns };
  });
}

export async function restoreGoals(snapshot: GoalSnapshot): Promise<void> {
  await db.transaction('rw', db.goals, db.checkIns, async () => {
    await db.goals.bulkPut(snapshot.goals);
    await db.checkIns.bulkPut(snapshot.checkIns);
  });
}

export async function addCheckIn(draft: CheckInDraft): Promise<string> {
  const id = newId();
  await db.checkIns.add({ ...draft, id });
  return id;
}

export async function updateCheckIn(id: string, changes: Partial<CheckInDraft>): Promise<void> {
  await db.checkIns.update(id, changes);
}

export async function deleteCheckIn(id: string): Promise<CheckIn | undefined> {
  return db.transaction('rw', db.checkIns, async () => {
    const found = await db.checkIns.get(id);
    await db.checkIns.delete(id);
    return found;
  });
}

export async function restoreCheckIn(checkIn: CheckIn): Promise<void> {
  await db.checkIns.put(checkIn);
}

export type { GoalsData } from '../../shared';
