// A stored plan read for the rotation screens (live board, print chart, week): its body with safe
// defaults, the schedule buildRotation derives from it, and names by id.

import { format, isValid, parseISO } from 'date-fns';
import { planSchedule, type ClassRecord, type PlanBody, type PlanGroup, type PlanRecord, type PlanStation, type RotationSlot } from '../../../shared';
import { db } from '../../db/db';
import { planBody } from '../../db/plans';

export type PlanView = {
  plan: PlanRecord;
  body: PlanBody;
  slots: RotationSlot[];
  warnings: string[];
  stationById: Map<string, PlanStation>;
  groupById: Map<string, PlanGroup>;
};

/** The body with every list present, so a half-made or older plan never breaks a screen. */
export function safeBody(plan: PlanRecord): PlanBody {
  const body = (planBody(plan) ?? {}) as Partial<PlanBody>;
  return {
    model: body.model ?? 'station',
    dates: Array.isArray(body.dates) && body.dates.length > 0 ? body.dates : plan.date ? [plan.date] : [],
    start: body.start ?? '',
    minutesPerStation: body.minutesPerStation ?? 0,
    transitionMinutes: body.transitionMinutes ?? 0,
    ...(body.periodMinutes ? { periodMinutes: body.periodMinutes } : {}),
    stations: (Array.isArray(body.stations) ? body.stations : []).map((s) => ({ ...s, activities: s.activities ?? {} })),
    groups: (Array.isArray(body.groups) ? body.groups : []).map((g) => ({ ...g, studentIds: g.studentIds ?? [] })),
    screenLimitPerDay: body.screenLimitPerDay ?? 0,
    notes: body.notes ?? '',
    ...(body.playId ? { playId: body.playId } : {}),
    ...(Array.isArray(body.playlist) ? { playlist: body.playlist } : {}),
  };
}

export function viewPlan(plan: PlanRecord): PlanView {
  const body = safeBody(plan);
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

export type LoadedPlan = { view: PlanView; cls: ClassRecord | undefined } | null;

/** The plan (in that class) and its class; null when the plan is not there. */
export async function loadPlan(classId: string, planId: string): Promise<LoadedPlan> {
  const [plan, cls] = await Promise.all([db.plans.get(planId), db.classes.get(classId)]);
  if (!plan || plan.classId !== classId) return null;
  return { view: viewPlan(plan), cls };
}

export const PLAN_TITLE_FALLBACK = 'Untitled plan';

export function planTitle(plan: PlanRecord): string {
  return plan.title.trim() || PLAN_TITLE_FALLBACK;
}

/** 'Tuesday 24 November' for a 'YYYY-MM-DD'; the text as it is otherwise. */
export function longDate(iso: string): string {
  const d = parseISO(iso);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isValid(d) ? format(d, 'EEEE d MMMM') : iso;
}

export const KIND_LABELS: Record<PlanStation['kind'], string> = {
  teacher: 'Teacher-led',
  online: 'Online',
  collaborative: 'Collaborative',
  independent: 'Independent',
  offline: 'Offline',
};

const ROLE_LABELS = { teacher: 'Teacher', 'co-teacher': 'Co-teacher', aide: 'Aide' } as const;

/** Who runs a station: the class's adult in that role by name, the role, or that students run it. */
export function adultWords(station: PlanStation, cls: ClassRecord | undefined): string {
  if (!station.adult) return 'Students run this station on their own';
  const named = (cls?.adults ?? []).filter((a) => a.role === station.adult).map((a) => a.name.trim()).filter(Boolean);
  const role = ROLE_LABELS[station.adult];
  return named.length > 0 ? `${named.join(' or ')} (${role.toLowerCase()})` : role;
}

/** What a group does at a station, or the empty strings. */
export function activityOf(station: PlanStation | undefined, groupId: string) {
  return station?.activities?.[groupId] ?? { activity: '', resources: '', evidence: '' };
}
