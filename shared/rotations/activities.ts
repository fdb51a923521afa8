// What a group does at a station. A station may hold one activity for every group (typed once)
// and per-group entries; a group's own text wins field by field, so a group can change just its
// resources and keep the shared activity.

import type { PlanStation } from '../planModel';

export type StationActivity = { activity: string; resources: string; evidence: string };

export const EMPTY_ACTIVITY: StationActivity = { activity: '', resources: '', evidence: '' };

const FIELDS = ['activity', 'resources', 'evidence'] as const;
export type ActivityField = (typeof FIELDS)[number];

/** The activity a group does at a station: its own text where it has some, else the station's for every group. */
export function groupActivity(
  station: Pick<PlanStation, 'activities' | 'everyGroup'> | undefined,
  groupId: string,
): StationActivity {
  const own = station?.activities?.[groupId];
  const shared = station?.everyGroup;
  const out = { ...EMPTY_ACTIVITY };
  for (const field of FIELDS) out[field] = own?.[field]?.trim() ? own[field] : (shared?.[field] ?? '');
  return out;
}

/** Whether a group's own entry changes anything of the activity for every group. */
export function overridesEveryGroup(station: Pick<PlanStation, 'activities'>, groupId: string): boolean {
  const own = station.activities[groupId];
  return !!own && FIELDS.some((f) => own[f].trim() !== '');
}

/** The station without a group's own entry (it goes back to the activity for every group). */
export function withoutOverride<S extends Pick<PlanStation, 'activities'>>(station: S, groupId: string): S {
  const { [groupId]: _gone, ...rest } = station.activities;
  return { ...station, activities: rest };
}
