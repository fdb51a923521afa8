// Spreadsheet exports of a plan and of the class data around it. Every cell goes through toCsv,
// which neutralises formulas; header rows are in plain words.

import { toCsv } from '../csv';
import type { PlanBody } from '../planModel';
import { planSchedule } from '../rotations/planSchedule';
import type { BundleSkill, BundleStudent, PlanBundleContent } from './planBundle';

type Cell = string | number | null;

/** One row per student per group of the plan, with the grouping score behind it when there is one. */
export function groupsCsv(content: PlanBundleContent): string {
  const names = new Map(content.students.map((s) => [s.id, s.name]));
  const scores = content.grouping?.scores ?? {};
  const rows: Cell[][] = [['Group', 'Student', 'Grouping score']];
  for (const group of content.plan.body.groups) {
    for (const id of group.studentIds) {
      const score = Object.prototype.hasOwnProperty.call(scores, id) ? scores[id] : null;
      rows.push([group.name, names.get(id) ?? id, score ?? null]);
    }
  }
  return toCsv(rows);
}

/**
 * The rotation schedule: one row per round, with its day, start and end time and the group at
 * each station, exactly as planSchedule derives it. A plan that cannot be scheduled gives the
 * header and one row saying why.
 */
export function scheduleCsv(body: PlanBody): string {
  const names = Object.fromEntries([
    ...body.stations.map((s) => [s.id, s.name] as const),
    ...body.groups.map((g) => [g.id, g.name] as const),
  ]);
  const { slots, warnings } = planSchedule(body);
  const rows: Cell[][] = [['Day', 'Round', 'Start', 'End', ...body.stations.map((s) => s.name)]];
  if (slots.length === 0) {
    rows.push([`Not scheduled: ${warnings.join(' ') || 'the plan has no rounds.'}`]);
    return toCsv(rows);
  }
  const column = new Map(body.stations.map((s, i) => [s.id, i]));
  const rounds = new Map<number, { day: number; start: string; end: string; at: (string | null)[] }>();
  for (const slot of slots) {
    let round = rounds.get(slot.round);
    if (!round) {
      round = { day: slot.day, start: slot.start, end: slot.end, at: body.stations.map(() => null) };
      rounds.set(slot.round, round);
    }
    const i = column.get(slot.stationId);
    if (i !== undefined) round.at[i] = names[slot.groupId] ?? slot.groupId;
  }
  for (const [index, round] of [...rounds.entries()].sort((a, b) => a[0] - b[0])) {
    const day = body.dates[round.day] ?? `Day ${round.day + 1}`;
    rows.push([day, index + 1, round.start, round.end, ...round.at]);
  }
  return toCsv(rows);
}

/** Students down, skills across (by code), each cell the student's level on the skill; empty for no evidence. */
export function masteryGridCsv(
  students: readonly BundleStudent[],
  skills: readonly BundleSkill[],
  values: Record<string, Record<string, number | null>>,
): string {
  const rows: Cell[][] = [['Student', ...skills.map((s) => s.code.trim() || s.statement)]];
  for (const student of students) {
    const own = Object.prototype.hasOwnProperty.call(values, student.id) ? values[student.id]! : {};
    rows.push([
      student.name,
      ...skills.map((skill) => (Object.prototype.hasOwnProperty.call(own, skill.id) ? (own[skill.id] ?? null) : null)),
    ]);
  }
  return toCsv(rows);
}

/** One row of the goals export: a goal's skill for one student (a goal with three skills gives three rows). */
export type GoalsCsvRow = {
  student: string;
  goal: string;
  skill: string;
  target: number | null;
  current: number | null;
  startDate: string;
  dueDate: string;
  status: string;
};

export function goalsCsv(rows: readonly GoalsCsvRow[]): string {
  return toCsv([
    ['Student', 'Goal', 'Skill', 'Target level', 'Current level', 'Start date', 'Due date', 'Status'],
    ...rows.map((r) => [r.student, r.goal, r.skill, r.target, r.current, r.startDate, r.dueDate, r.status]),
  ]);
}
