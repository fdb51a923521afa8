// Stored plans as the rotation screens read them (plan editor, live board, print chart, playlist
// cards, week, feedback): each a named query, so screens never read tables themselves.
import {
  BUILT_IN_PLAYS,
  boardNames,
  displayName,
  planSchedule,
  type ClassRecord,
  type GroupingRecord,
  type PlanBody,
  type PlanGroup,
  type PlanRecord,
  type PlanStation,
  type Play,
  type PlayRecord,
  type RotationSlot,
} from '../../shared';
import { listGroupings } from './groupings';
import { getClass } from './classes';
import { getPlan, listPlans, listPlays, planBody } from './plans';
import { listRoster, type RosterEntry } from './students';

export type PlanView = {
  plan: PlanRecord;
  body: PlanBody;
  slots: RotationSlot[];
  warnings: string[];
  stationById: Map<string, PlanStation>;
  groupById: Map<string, PlanGroup>;
};

export function viewPlan(plan: PlanRecord): PlanView {
  const body = planBody(plan);
  const { slots, warnings } =
    body.stations.length > 0 && body.groups.length > 0 ? planSchedule(body) : { slots: [], warnings: [] };
  return {
    plan,
    body,
    slots,
    warnings,
    stationById: new Map(body.stations.map((s) => [s.id, s])),
    groupById: new Map(body.groups.map((g) => [g.id, g])),
  };
}

/** A plan's body, or null when the plan is not there (the review feedback anchors on it). */
export async function getPlanBody(planId: string): Promise<PlanBody | null> {
  const plan = await getPlan(planId);
  return plan ? plan.body : null;
}

export type LoadedPlan = { view: PlanView; cls: ClassRecord | undefined } | null;

/** The plan (in that class) and its class; null when the plan is not there. */
export async function loadPlan(classId: string, planId: string): Promise<LoadedPlan> {
  const [plan, cls] = await Promise.all([getPlan(planId), getClass(classId)]);
  if (!plan || plan.classId !== classId) return null;
  return { view: viewPlan(plan), cls };
}

export type PlanCards = { plan: NonNullable<LoadedPlan>; names: Record<string, string> } | null;

/** The plan and every student's name (those who left the class too), for the playlist cards. */
export async function loadPlanCards(classId: string, planId: string): Promise<PlanCards> {
  const [plan, roster] = await Promise.all([loadPlan(classId, planId), listRoster(classId, true)]);
  if (!plan) return null;
  return { plan, names: Object.fromEntries(roster.map((r) => [r.student.id, displayName(r.student)])) };
}

export type PlanForDisplay = (NonNullable<LoadedPlan> & { names: Record<string, string> }) | null;

/**
 * The plan with the names the classroom displays (wall chart, station cards, live board) show for
 * its students: short names (see boardNames), those who left the class included.
 */
export async function loadPlanForDisplay(classId: string, planId: string): Promise<PlanForDisplay> {
  const [plan, roster] = await Promise.all([loadPlan(classId, planId), listRoster(classId, true)]);
  if (!plan) return null;
  return { ...plan, names: boardNames(roster.map((r) => r.student)) };
}

export type WeekData = { cls: ClassRecord | undefined; plans: PlanRecord[]; roster: RosterEntry[] };

/** The class, all its plans and its current roster, for the week view. */
export async function loadWeek(classId: string): Promise<WeekData> {
  const [cls, plans, roster] = await Promise.all([
    getClass(classId),
    listPlans(classId),
    listRoster(classId),
  ]);
  return { cls, plans, roster };
}

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

/** What the plan editor reads, in one live query; null when the class is not there. */
export async function loadPlanEditorData(classId: string, planId: string | undefined): Promise<PlanEditorData | null> {
  const cls = await getClass(classId);
  if (!cls) return null;
  const record = planId ? await getPlan(planId) : null;
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
