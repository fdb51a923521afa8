import { format, subDays } from 'date-fns';
import { decodeClass, decodeGrouping, decodePlan, type GroupingRecord, type GroupingRules, type PlanRecord } from '../../shared';
import { db, newId, nowIso } from './db';
import { loadTrackerData, type TrackerData } from './mastery';

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

export type GroupingData = TrackerData & {
  rules: GroupingRules;
  groupings: GroupingRecord[];
  /** plans of the last two weeks: the teacher-time column reads their minutes */
  recentPlans: PlanRecord[];
  recentFrom: string;
  recentTo: string;
};

export async function loadGroupingData(classId: string, today: string): Promise<GroupingData | null> {
  const tracker = await loadTrackerData(classId);
  if (!tracker) return null;
  const cls = await db.classes.get(classId).then((c) => c && decodeClass(c));
  const recentFrom = format(subDays(new Date(`${today}T12:00:00`), 13), 'yyyy-MM-dd');
  const recentPlans = (await db.plans.where('classId').equals(classId).toArray())
    .filter((p) => p.date >= recentFrom && p.date <= today)
    .map(decodePlan);
  return {
    ...tracker,
    rules: cls?.groupingRules ?? NO_RULES,
    groupings: await listGroupings(classId),
    recentPlans,
    recentFrom,
    recentTo: today,
  };
}
