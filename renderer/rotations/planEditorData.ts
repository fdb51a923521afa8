// What the plan editor reads from Dexie, in one live query.
import { BUILT_IN_PLAYS, displayName, type ClassRecord, type GroupingRecord, type PlanRecord, type Play, type PlayRecord } from '../../shared';
import { db } from '../db/db';
import { listGroupings } from '../db/groupings';
import { listPlays } from '../db/plans';
import { listRoster } from '../db/students';

export type PlanEditorData = {
  cls: ClassRecord;
  /** the saved plan; null for a new one, 'missing' when the id names no plan of this class */
  plan: PlanRecord | null | 'missing';
  groupings: GroupingRecord[];
  plays: PlayRecord[];
  studentNames: Record<string, string>;
  /** the class's current students in roster order, for a whole-class block */
  activeStudentIds: string[];
};

export async function loadPlanEditorData(classId: string, planId: string | undefined): Promise<PlanEditorData | null> {
  const cls = await db.classes.get(classId);
  if (!cls) return null;
  const record = planId ? await db.plans.get(planId) : null;
  const plan = planId ? (record && record.classId === classId ? record : 'missing') : null;
  const [groupings, plays, roster] = await Promise.all([listGroupings(classId), listPlays(), listRoster(classId, true)]);
  // Students who left the class may still be in an old grouping: their names come from the students table.
  const studentNames = Object.fromEntries(roster.map((r) => [r.student.id, displayName(r.student)]));
  const activeStudentIds = roster.filter((r) => r.enrollment.archived !== 1 && r.student.archived !== 1).map((r) => r.student.id);
  return { cls, plan, groupings, plays, studentNames, activeStudentIds };
}

/** A built-in or saved play by id; null for 'blank' or an id that names none. */
export function findPlay(id: string | null, plays: PlayRecord[]): (Play | PlayRecord) | null {
  if (!id || id === 'blank') return null;
  return BUILT_IN_PLAYS.find((p) => p.id === id) ?? plays.find((p) => p.id === id) ?? null;
}
