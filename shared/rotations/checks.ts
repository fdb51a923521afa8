// planChecks: a plan's health in plain words, for the teacher planning and the coach reviewing.
// It reads the slots as they are (the teacher may have moved them), not as buildRotation made them.

import { formatMean } from '../format';
import { DEFAULT_SCREEN_LIMIT_PER_DAY } from '../records/planBody';
import { minutesByStudent } from './minutes';
import type { RotationSlot, StationKind } from './types';
import { listWords, plural } from './words';

// The default screen limit lives with the plan body's defaults (shared/records/planBody.ts).
export { DEFAULT_SCREEN_LIMIT_PER_DAY };
/** The fewest students who can talk a task through at a collaborative station. */
export const MIN_COLLABORATIVE_GROUP = 3;
/** The station kinds whose minutes count as screen time. */
export const SCREEN_KINDS: readonly StationKind[] = ['online'];

export type PlanCheck = { level: 'warning' | 'info'; message: string };

export type PlanChecksInput = {
  slots: RotationSlot[];
  stations: { id: string; name: string; kind: StationKind; capacity?: number; devices?: number }[];
  /** `need`: the group's mean grouping score; lower means more need */
  groups: { id: string; name: string; studentIds: string[]; need?: number }[];
  minutesPerStation: number;
  /** default DEFAULT_SCREEN_LIMIT_PER_DAY */
  screenLimitPerDay?: number;
  /**
   * buildRotation's warnings are shown beside these: leave out what they already say (too few
   * devices at a station, no teacher station), so a teacher reads each problem once.
   */
  besideScheduleWarnings?: boolean;
};

/**
 * Plain-words checks of a plan, warnings first: screen time above the class limit (per group and
 * day, days counted from 1), collaborative stations with groups too small to talk, online stations
 * with fewer devices than students, groups that never meet the teacher, and teacher time not going
 * to the group with the most need (lowest `need`). An info notes when the group with the most
 * need is not the first to meet the teacher.
 */
export function planChecks(input: PlanChecksInput): PlanCheck[] {
  const { slots, stations, groups, minutesPerStation } = input;
  const limit = input.screenLimitPerDay ?? DEFAULT_SCREEN_LIMIT_PER_DAY;
  const stationById = new Map(stations.map((s) => [s.id, s]));
  const groupName = (g: { id: string; name: string }) => g.name.trim() || g.id;
  const stationName = (s: { id: string; name: string }) => s.name.trim() || s.id;
  const slotsOf = (groupId: string) => slots.filter((s) => s.groupId === groupId);
  const atKind = (slot: RotationSlot, kind: StationKind) => stationById.get(slot.stationId)?.kind === kind;
  const warnings: string[] = [];
  const infos: string[] = [];

  // Screen time: per student, reported once per group and day.
  const minutes = minutesByStudent({ slots, stations, groups, minutesPerStation });
  const days = [...new Set(slots.map((s) => s.day))].sort((a, b) => a - b);
  for (const group of groups) {
    for (const day of days) {
      const screen = group.studentIds.map((id) => {
        const m = minutes[id]?.byDay[day];
        return m ? SCREEN_KINDS.reduce((sum, kind) => sum + m[kind], 0) : 0;
      });
      const most = Math.max(0, ...screen);
      if (most > limit) {
        warnings.push(
          `${groupName(group)} gets ${most} minutes of screen time on day ${day + 1}, above the class limit of ${limit}.`,
        );
      }
    }
  }

  // Stations the groups are too big or too small for, one message per station.
  for (const station of stations) {
    const visitors = groups.filter((g) => slotsOf(g.id).some((s) => s.stationId === station.id));
    const size = (g: (typeof groups)[number]) =>
      `${groupName(g)} (${plural(g.studentIds.length, 'student')})`;
    if (station.kind === 'collaborative') {
      const small = visitors.filter(
        (g) => g.studentIds.length > 0 && g.studentIds.length < MIN_COLLABORATIVE_GROUP,
      );
      if (small.length > 0) {
        warnings.push(
          `${listWords(small.map(size))} ${small.length === 1 ? 'is' : 'are'} too small for ${stationName(station)}: ` +
            `a collaborative station needs at least ${MIN_COLLABORATIVE_GROUP} students to talk a task through.`,
        );
      }
    }
    if (!input.besideScheduleWarnings && station.kind === 'online' && station.devices !== undefined && station.devices !== null) {
      const devices = station.devices;
      const big = visitors.filter((g) => g.studentIds.length > devices);
      if (big.length > 0) {
        warnings.push(
          `${listWords(big.map(size))} ${big.length === 1 ? 'has' : 'have'} more students than the ` +
            `${plural(devices, 'device')} at ${stationName(station)}.`,
        );
      }
    }
  }

  // Teacher time.
  const teacherMinutes = new Map(
    groups.map((g) => [g.id, slotsOf(g.id).filter((s) => atKind(s, 'teacher')).length * minutesPerStation]),
  );
  if (groups.length > 0) {
    if (!stations.some((s) => s.kind === 'teacher')) {
      if (!input.besideScheduleWarnings) warnings.push('No station is led by the teacher, so no group meets the teacher in this plan.');
    } else {
      const never = groups.filter((g) => teacherMinutes.get(g.id) === 0);
      if (never.length > 0) {
        warnings.push(
          `${listWords(never.map(groupName))} never ${never.length === 1 ? 'meets' : 'meet'} the teacher in this rotation.`,
        );
      }
    }
  }
  const ranked = groups.filter((g) => typeof g.need === 'number' && Number.isFinite(g.need));
  if (ranked.length >= 2) {
    const mostNeed = Math.min(...ranked.map((g) => g.need!));
    const neediest = ranked.filter((g) => g.need === mostNeed);
    const others = groups.filter((g) => !neediest.includes(g));
    const score = (need: number) => formatMean(need);
    for (const group of neediest) {
      const mine = teacherMinutes.get(group.id)!;
      const more = others.filter((g) => teacherMinutes.get(g.id)! > mine);
      if (more.length > 0) {
        const top = more.reduce((a, b) => (teacherMinutes.get(b.id)! > teacherMinutes.get(a.id)! ? b : a));
        warnings.push(
          `${groupName(group)} has the most need (mean score ${score(mostNeed)}) but gets ${mine} minutes with the teacher, ` +
            `while ${groupName(top)} gets ${teacherMinutes.get(top.id)}. Give ${groupName(group)} at least as much teacher time.`,
        );
      }
    }
    // Who meets the teacher first: the group with the most need should.
    const firstTeacherRound = (id: string) =>
      Math.min(
        ...slotsOf(id)
          .filter((s) => atKind(s, 'teacher'))
          .map((s) => s.round),
      );
    const group = neediest.reduce((a, b) => (firstTeacherRound(b.id) < firstTeacherRound(a.id) ? b : a));
    const neediestFirst = firstTeacherRound(group.id);
    const earlier = others.filter((g) => firstTeacherRound(g.id) < neediestFirst);
    if (Number.isFinite(neediestFirst) && earlier.length > 0) {
      infos.push(
        `${groupName(group)} has the most need but meets the teacher in round ${neediestFirst + 1}, after ` +
          `${listWords(earlier.map(groupName))}. Putting it first in the group order gives it the teacher first.`,
      );
    }
  }

  return [
    ...warnings.map((message): PlanCheck => ({ level: 'warning', message })),
    ...infos.map((message): PlanCheck => ({ level: 'info', message })),
  ];
}
