// What the editor shows about a plan body: the schedule by round, the health messages and the
// minutes per group and per student. Derived every render from the draft; nothing here is stored.
import {
  SCREEN_KINDS,
  minutesByStudent,
  modelChecks,
  periodChecks,
  planChecks,
  planSchedule,
  playlistChecks,
  type PlanBody,
  type PlanCheck,
  type RotationSlot,
  type StationKind,
} from '../../shared';

export type ScheduleRound = { round: number; day: number; start: string; end: string; byStation: Record<string, string> };

export type GroupMinutes = { groupId: string; minutes: Record<StationKind, number>; screenPerDay: number[] };

export type StudentScreen = { studentId: string; groupId: string; perDay: number[] };

export type PlanView = {
  slots: RotationSlot[];
  rounds: ScheduleRound[];
  days: number;
  health: PlanCheck[];
  groupMinutes: GroupMinutes[];
  students: StudentScreen[];
};

/** `studentNames` name the students in the playlist checks of an individual rotation. */
export function planView(body: PlanBody, studentNames: Record<string, string> = {}): PlanView {
  const { slots, warnings } = planSchedule(body);
  const byRound = new Map<number, ScheduleRound>();
  for (const slot of slots) {
    const r = byRound.get(slot.round) ?? { round: slot.round, day: slot.day, start: slot.start, end: slot.end, byStation: {} };
    r.byStation[slot.stationId] = slot.groupId;
    byRound.set(slot.round, r);
  }
  const rounds = [...byRound.values()].sort((a, b) => a.round - b.round);
  const days = rounds.length ? Math.max(...rounds.map((r) => r.day)) + 1 : 0;

  const checks =
    slots.length > 0
      ? planChecks({
          slots,
          stations: body.stations,
          groups: body.groups.map((g) => ({ id: g.id, name: g.name, studentIds: g.studentIds, ...(typeof g.need === 'number' ? { need: g.need } : {}) })),
          minutesPerStation: body.minutesPerStation,
          screenLimitPerDay: body.screenLimitPerDay,
          besideScheduleWarnings: true,
        })
      : [];
  const health: PlanCheck[] = [
    ...warnings.map((message): PlanCheck => ({ level: 'warning', message })),
    ...modelChecks(body),
    ...(body.model === 'individual'
      ? playlistChecks({
          playlist: body.playlist ?? [],
          groups: body.groups,
          minutesPerStation: body.minutesPerStation,
          transitionMinutes: body.transitionMinutes,
          ...(body.periodMinutes ? { periodMinutes: body.periodMinutes } : {}),
          rounds: rounds.length || Math.max(body.stations.length, body.groups.length),
          studentNames,
        })
      : []),
    ...periodChecks(body, slots),
    ...checks,
  ]
    // Each problem once, whichever check found it.
    .filter((c, i, all) => all.findIndex((o) => o.message === c.message) === i)
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'warning' ? -1 : 1));

  const perStudent = minutesByStudent({ slots, stations: body.stations, groups: body.groups, minutesPerStation: body.minutesPerStation });
  const screenOn = (m: Record<StationKind, number> | undefined) => (m ? SCREEN_KINDS.reduce((n, k) => n + m[k], 0) : 0);
  const dayList = Array.from({ length: days }, (_, d) => d);
  const students: StudentScreen[] = [];
  const groupMinutes: GroupMinutes[] = body.groups.map((g) => {
    const minutes: Record<StationKind, number> = { teacher: 0, online: 0, collaborative: 0, independent: 0, offline: 0 };
    const kindOf = new Map(body.stations.map((s) => [s.id, s.kind]));
    for (const slot of slots) {
      const kind = kindOf.get(slot.stationId);
      if (slot.groupId === g.id && kind) minutes[kind] += body.minutesPerStation;
    }
    for (const id of g.studentIds) {
      const m = perStudent[id];
      students.push({ studentId: id, groupId: g.id, perDay: dayList.map((d) => screenOn(m?.byDay[d])) });
    }
    const screenPerDay = dayList.map((d) => {
      const own = slots.filter((s) => s.groupId === g.id && s.day === d && SCREEN_KINDS.includes(kindOf.get(s.stationId)!));
      return own.length * body.minutesPerStation;
    });
    return { groupId: g.id, minutes, screenPerDay };
  });
  return { slots, rounds, days, health, groupMinutes, students };
}
