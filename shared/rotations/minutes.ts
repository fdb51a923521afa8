// Minutes per student at each kind of station: what PlanRecord.minutesByStudent records, and what
// a coach reads to see where teacher time and screen time go.

import type { StationMinutes } from '../model';
import type { RotationSlot, StationKind } from './types';

export type StudentMinutes = { byDay: Record<number, StationMinutes>; week: StationMinutes };

export type MinutesPlan = {
  slots: RotationSlot[];
  stations: { id: string; kind: StationKind }[];
  groups: { id: string; studentIds: string[] }[];
  minutesPerStation: number;
};

export function emptyStationMinutes(): StationMinutes {
  return { teacher: 0, online: 0, collaborative: 0, independent: 0, offline: 0 };
}

/**
 * Each student's minutes at each kind of station, per day of the plan and over the whole plan
 * (`week`): every slot gives its group's students `minutesPerStation` at its station's kind.
 * Every student of every group is in the result, with every day of the plan (zeros where they
 * had nothing that day). Slots naming an unknown station or group count for nothing.
 */
export function minutesByStudent(plan: MinutesPlan): Record<string, StudentMinutes> {
  const kinds = new Map(plan.stations.map((s) => [s.id, s.kind]));
  const members = new Map(plan.groups.map((g) => [g.id, g.studentIds]));
  const days = [...new Set(plan.slots.map((s) => s.day))].sort((a, b) => a - b);
  const out: Record<string, StudentMinutes> = {};
  for (const group of plan.groups) {
    for (const student of group.studentIds) {
      if (out[student]) continue;
      const byDay: Record<number, StationMinutes> = {};
      for (const day of days) byDay[day] = emptyStationMinutes();
      out[student] = { byDay, week: emptyStationMinutes() };
    }
  }
  for (const slot of plan.slots) {
    const kind = kinds.get(slot.stationId);
    const students = members.get(slot.groupId);
    if (!kind || !students) continue;
    for (const student of students) {
      const minutes = out[student]!;
      minutes.byDay[slot.day]![kind] += plan.minutesPerStation;
      minutes.week[kind] += plan.minutesPerStation;
    }
  }
  return out;
}

/** The whole-plan minutes of each student, as PlanRecord.minutesByStudent stores them. */
export function planMinutesByStudent(plan: MinutesPlan): Record<string, StationMinutes> {
  return Object.fromEntries(Object.entries(minutesByStudent(plan)).map(([id, m]) => [id, m.week]));
}
