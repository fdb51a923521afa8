// What a plan export (and the plan PDF) is made of, read in one go: the saved plan, its class, the
// class's mastery data, the grouping the plan uses and every student the plan names.
import { decodeGrouping, decodeStudent, type ClassRecord, type GroupingRecord, type PlanRecord, type Student } from '../../shared';
import { getClass } from './classes';
import { db } from './db';
import { loadTrackerData, type TrackerData } from './mastery';
import { getPlan } from './plans';

export type PlanExportRecords = {
  plan: PlanRecord;
  cls: ClassRecord | undefined;
  tracker: TrackerData | null;
  grouping: GroupingRecord | null;
  /** the students the plan's groups name, by id (those who left the class too) */
  students: Map<string, Student>;
};

/** Throws when the plan is not there. */
export async function readPlanExport(planId: string): Promise<PlanExportRecords> {
  const plan = await getPlan(planId);
  if (!plan) throw new Error('That plan is no longer there: it may have been deleted.');
  const cls = await getClass(plan.classId);
  const tracker = await loadTrackerData(plan.classId);
  const rawGrouping = plan.groupingId ? await db.groupings.get(plan.groupingId) : undefined;
  const grouping = rawGrouping ? decodeGrouping(rawGrouping) : null;
  const wanted = [...new Set(plan.body.groups.flatMap((g) => g.studentIds))];
  const students = new Map((tracker?.students ?? []).filter((s) => wanted.includes(s.id)).map((s) => [s.id, s]));
  const missing = wanted.filter((id) => !students.has(id));
  const others = missing.length > 0 ? await db.students.bulkGet(missing) : [];
  others.forEach((s) => s && students.set(s.id, decodeStudent(s)));
  return { plan, cls, tracker: tracker ?? null, grouping, students };
}
