// How the rotation screens (live board, print chart, week, PDF) word a plan: titles, dates, station
// kinds and who runs a station.

import { format, isValid, parseISO } from 'date-fns';
import { groupActivity, type ClassRecord, type PlanRecord, type PlanStation } from '../../../shared';

// How a stored plan reads (safe body, schedule) lives with the plan queries in renderer/db.
export { viewPlan, type LoadedPlan, type PlanView } from '../../db/planViews';

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

/** What a group does at a station (its own text, else the station's for every group), or the empty strings. */
export function activityOf(station: PlanStation | undefined, groupId: string) {
  return groupActivity(station, groupId);
}
