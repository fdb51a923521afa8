import { format, subDays } from 'date-fns';
import { decodeGrouping, decodePlan, type ClassWorkspace, type GroupingRecord, type GroupingRules, type PlanRecord } from '../../shared';
import { db, newId, nowIso } from './db';

export type GroupingDraft = Omit<GroupingRecord, 'id' | 'createdAt'>;

export const NO_RULES: GroupingRules = { keepApart: [], keepTogether: [] };

export async function saveGrouping(draft: GroupingDraft): Promise<string> {
  const id = newId();
  await db.groupings.add({ ...draft, id, createdAt: nowIso() });
  return id;
}

export async function updateGrouping(id: string, draft: Partial<GroupingDraft>): Promise<void> {
  await db.groupings.update(id, draft);
}

/** Newest first. */
export async function listGroupings(classId: string): Promise<GroupingRecord[]> {
  const all = (await db.groupings.where('classId').equals(classId).toArray()).map(decodeGrouping);
  return all.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export async function deleteGrouping(id: string): Promise<GroupingRecord | undefined> {
  return db.transaction('rw', db.groupings, async () => {
    const found = await db.groupings.get(id);
    await db.groupings.delete(id);
    return found && decodeGrouping(found);
  });
}

export async function restoreGrouping(record: GroupingRecord): Promise<void> {
  await db.groupings.put(record);
}

export async function setGroupingRules(classId: string, rules: GroupingRules): Promise<void> {
  await db.classes.update(classId, { groupingRules: rules });
}

/** A class's groupings and recent plans: what the groups board reads beside the class workspace. */
export type GroupingExtras = {
  classId: string;
  groupings: GroupingRecord[];
  /** plans of the last two weeks: the teacher-time column reads their minutes */
  recentPlans: PlanRecord[];
  recentFrom: string;
  recentTo: string;
};

/** What the groups board shows: the class's students and skills (from its workspace) with its extras. */
export type GroupingData = GroupingExtras &
  Pick<ClassWorkspace, 'settings' | 'students' | 'skills'> & {
    rules: GroupingRules;
  };

export async function loadGroupingExtras(classId: string, today: string): Promise<GroupingExtras> {
  const recentFrom = format(subDays(new Date(`${today}T12:00:00`), 13), 'yyyy-MM-dd');
  return db.transaction('r', [db.groupings, db.plans], async () => {
    const recentPlans = (await db.plans.where('classId').equals(classId).toArray())
      .filter((p) => p.date >= recentFrom && p.date <= today)
      .map(decodePlan);
    return { classId, groupings: await listGroupings(classId), recentPlans, recentFrom, recentTo: today };
  });
}
