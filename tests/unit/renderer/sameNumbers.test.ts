// Issue 12, "Done when" 1: for every student, skill and method (the class's and a skill's own),
// the tracker, student profile, mastery report, goal status and goal picture show the same number.
// Each screen's number is computed here through the functions that screen uses.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CUT_SCORES,
  DEFAULT_SCALE,
  METHOD_KINDS,
  effectiveMethod,
  effectiveMethodOf,
  formatLevel,
  goalProgressSeries,
  goalStatus,
  masteryMatrix,
  type CalculationMethod,
  type ClassMasterySettings,
  type ClassSkill,
  type GoalRecord,
} from '../../../shared';
import { buildSampleClass } from '../../../shared/sample/sampleClass';
import { cellsFromEvidence } from '../../../shared/workspace/cells';
import type { GoalsData } from '../../../renderer/db/goals';
import type { TrackedSkill } from '../../../renderer/db/mastery';
import { classMatrix } from '../../../renderer/mastery/classMatrix';
import { formatScore } from '../../../renderer/mastery/format';
import { formatValue, skillSeries } from '../../../renderer/mastery/profile/profileData';
import { masteryReport } from '../../../renderer/mastery/report/reportData';
import { goalMethod, goalRows } from '../../../renderer/goals/goalView';
import { goalsCsvRows } from '../../../renderer/goals/goalsCsvRows';
import { skillProgressView } from '../../../renderer/goals/detail/progressData';

const TODAY = '2026-10-14';

function counterIds(): () => string {
  let n = 0;
  return () => `id-${String(++n).padStart(5, '0')}`;
}

const sample = buildSampleClass(TODAY, counterIds());
const firstDay = sample.evidence.map((e) => e.date).sort()[0]!;
const skillById = new Map(sample.skills.map((s) => [s.id, s]));
const codeOf = (skillId: string) => skillById.get(skillId)!.code;
/** the two skills with their own method: 6.RP.A.1 by its highest score, 6.RP.A.2 by its latest */
const HIGHEST_CODE = '6.RP.A.1';
const LATEST_CODE = '6.RP.A.2';

/** The sample's class skills with the two overrides. */
function classSkillsWithOverrides(): ClassSkill[] {
  return sample.classSkills.map((cs) => {
    const code = codeOf(cs.skillId);
    if (code === HIGHEST_CODE) return { ...cs, method: { kind: 'highest' } };
    if (code === LATEST_CODE) return { ...cs, method: { kind: 'latest' } };
    return { ...cs };
  });
}

/** scores per student and skill in entry order, as loadGoalsData builds them (scoresByStudent) */
function scoresByStudent(): Map<string, Record<string, { value: number | null; at: string }[]>> {
  const sorted = [...sample.evidence].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const out = new Map<string, Record<string, { value: number | null; at: string }[]>>();
  for (const e of sorted) {
    let bySkill = out.get(e.studentId);
    if (!bySkill) out.set(e.studentId, (bySkill = {}));
    (bySkill[e.skillId] ??= []).push({ value: e.score, at: e.date });
  }
  return out;
}

/** The number a goal's reason says a skill is at ("6.RP.A.1 is at 2.65"), or null ("has no scores yet"). */
function reasonLevel(reason: string, code: string): string | null {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`${escaped} is at (-?[\\d.]+)`).exec(reason);
  if (at) return at[1]!;
  // a skill without a level: "has no scores yet", "has no level yet" (n_mastery not reached), or
  // no evidence since the start at all
  expect(
    reason.includes(`${code} has no scores yet`) || reason.includes(`${code} has no level yet`) || reason.startsWith(`No evidence on ${code}`),
    reason,
  ).toBe(true);
  return null;
}

function screens(classMethod: CalculationMethod) {
  const settings: ClassMasterySettings = { scale: DEFAULT_SCALE, method: classMethod, cutScores: DEFAULT_CUT_SCORES };
  const classSkills = classSkillsWithOverrides();
  const tracked: TrackedSkill[] = classSkills.map((classSkill) => ({ skill: skillById.get(classSkill.skillId)!, classSkill }));
  const studentIds = sample.students.map((s) => s.id);

  // Tracker (and the mastery report, which reads the same matrix)
  const cells = [...cellsFromEvidence(sample.evidence).values()];
  const matrix = classMatrix({ settings, cells }, studentIds, tracked);
  const report = masteryReport({ students: sample.students, skills: tracked, matrix, scale: settings.scale, attentionMin: 3 });

  // Goals: one goal per student and skill, from the first day of evidence, due in a month
  const goals: GoalRecord[] = sample.students.flatMap((student) =>
    tracked.map((t, i) => ({
      id: `goal-${student.id}-${i}`,
      classId: sample.classRecord.id,
      studentId: student.id,
      title: `I can reach Exceeds on ${t.skill.code}`,
      skills: [{ skillId: t.skill.id, target: 4 }],
      startDate: firstDay,
      dueDate: '2026-11-13',
      actionSteps: [],
      createdAt: `${firstDay}T00:00:00.000Z`,
    })),
  );
  const goalsData: GoalsData = {
    settings,
    students: sample.students,
    skills: tracked,
    goals,
    checkIns: [],
    scores: scoresByStudent(),
    skillMethods: Object.fromEntries(tracked.map((t) => [t.skill.id, effectiveMethod(settings, t.classSkill)])),
  };
  const rows = goalRows(goalsData, TODAY);
  const csv = goalsCsvRows(rows, goalsData, TODAY);
  return { settings, tracked, matrix, report, goalsData, rows, csv };
}

/** every method, with its default parameter */
const METHODS: CalculationMethod[] = METHOD_KINDS.map(
  (m) => (m.param ? { kind: m.kind, [m.param.name]: m.param.default } : { kind: m.kind }) as CalculationMethod,
);

describe('the same number on every screen (sample class, 6.RP.A.1 by highest, 6.RP.A.2 by latest)', () => {
  it.each(METHODS.map((m) => [m.kind, m] as const))('class method %s', (_kind, classMethod) => {
    const { settings, tracked, matrix, report, goalsData, rows, csv } = screens(classMethod);
    let compared = 0;
    let overridden = 0;
    sample.students.forEach((student, si) => {
      const own = sample.evidence.filter((e) => e.studentId === student.id);
      // Student profile: the cell from the student's own evidence, and the plot's last rollup
      const profileMatrix = masteryMatrix({
        studentIds: [student.id],
        skillIds: tracked.map((t) => t.skill.id),
        evidence: own,
        scale: settings.scale,
        method: settings.method,
        skillMethods: Object.fromEntries(tracked.map((t) => [t.skill.id, t.classSkill.method])),
      });
      tracked.forEach((t, ti) => {
        const skillId = t.skill.id;
        const method = effectiveMethod(settings, t.classSkill);
        const value = matrix.get(student.id)!.get(skillId)!.value;
        const tracker = value === null ? null : formatScore(value);

        const profileCell = profileMatrix.get(student.id)!.get(skillId)!.value;
        const profile = profileCell === null ? null : formatValue(profileCell);
        const series = skillSeries(own.filter((e) => e.skillId === skillId), method, settings.scale);
        const plotted = series[series.length - 1]?.rollup ?? null;

        const reportCell = report.students[si]!.cells[ti]!.value;
        const reportText = reportCell === null ? null : formatScore(reportCell);

        const row = rows[si * tracked.length + ti]!;
        expect(row.goal.studentId).toBe(student.id);
        const goalText = reasonLevel(row.reason, t.skill.code);

        const scores = goalsData.scores.get(student.id) ?? {};
        const [progress] = goalProgressSeries(row.goal, scores, goalMethod(goalsData), settings.scale, TODAY);
        const scored = (scores[skillId] ?? []).some((s) => s.value !== null);
        const view = skillProgressView(progress!, {
          code: t.skill.code,
          startDate: row.goal.startDate,
          dueDate: row.goal.dueDate,
          endDate: TODAY,
          closed: null,
          scored,
        });
        const csvCurrent = csv[si * tracked.length + ti]!.current;

        if (value === null) {
          // no level in the tracker: the goal's reason gives none either (n_mastery not reached
          // yet: "has no level yet", though the goal counts the scale's lowest points)
          expect(profile).toBeNull();
          expect(reportText).toBeNull();
          expect(goalText, row.reason).toBeNull();
          if (!scored) {
            expect(goalText).toBeNull();
            expect(csvCurrent).toBeNull();
            expect(view.scored).toBe(false);
          }
          return;
        }
        compared++;
        if (t.classSkill.method) overridden++;
        expect(profile, `profile ${student.id} ${t.skill.code}`).toBe(tracker);
        expect(plotted === null ? null : formatLevel(plotted), `profile plot ${t.skill.code}`).toBe(tracker);
        expect(reportText, `report ${t.skill.code}`).toBe(tracker);
        expect(goalText, `goal status ${student.id} ${t.skill.code}: ${row.reason}`).toBe(tracker);
        expect(formatLevel(view.now), `goal picture ${t.skill.code}`).toBe(tracker);
        expect(view.summary).toContain(`now ${tracker}`);
        expect(formatLevel(csvCurrent), `goals CSV ${t.skill.code}`).toBe(tracker);
      });
    });
    // n_mastery (5 at mastery) leaves most cells without a level in four weeks
    expect(compared).toBeGreaterThan(classMethod.kind === 'n_mastery' ? 50 : 200);
    expect(overridden).toBeGreaterThan(20);
  });

  it('rolls the overridden skills up by their own method, not the class’s', () => {
    const { settings, tracked, matrix } = screens({ kind: 'decaying_average', weight: 65 });
    const methodOf = effectiveMethodOf(settings, tracked.map((t) => t.classSkill));
    const highest = tracked.find((t) => t.skill.code === HIGHEST_CODE)!;
    const latest = tracked.find((t) => t.skill.code === LATEST_CODE)!;
    expect(methodOf(highest.skill.id)).toEqual({ kind: 'highest' });
    expect(methodOf(latest.skill.id)).toEqual({ kind: 'latest' });
    expect(methodOf(tracked[5]!.skill.id)).toEqual(settings.method);
    expect(methodOf('not-tracked')).toEqual(settings.method);
    // the highest score of each student on 6.RP.A.1 is what the tracker shows
    for (const student of sample.students) {
      const values = sample.evidence
        .filter((e) => e.studentId === student.id && e.skillId === highest.skill.id && e.score !== null)
        .map((e) => e.score as number);
      const cell = matrix.get(student.id)!.get(highest.skill.id)!.value;
      expect(cell).toBe(values.length ? Math.max(...values) : null);
    }
  });
});

describe('issue 12: a goal met by a skill set to "Highest score" reads Met', () => {
  it('reads Met, not "On track · 2.65", with the skill’s own method', () => {
    const settings: ClassMasterySettings = { scale: DEFAULT_SCALE, method: { kind: 'decaying_average', weight: 65 }, cutScores: DEFAULT_CUT_SCORES };
    const skill = sample.skills.find((s) => s.code === HIGHEST_CODE)!;
    const classSkill: ClassSkill = { ...sample.classSkills.find((c) => c.skillId === skill.id)!, method: { kind: 'highest' } };
    const goal = { id: 'g', studentId: 'st', title: 'I can meet 6.RP.A.1', skills: [{ skillId: skill.id, target: 3 }], startDate: '2026-10-01', dueDate: '2026-11-01' };
    const scores = { [skill.id]: [{ value: 2, at: '2026-10-05' }, { value: 3, at: '2026-10-08' }] };
    const labels = { [skill.id]: skill.code };
    // the class's method alone: the decaying average of 2 then 3 is 2.65
    expect(goalStatus(goal, scores, settings.method, settings.scale, TODAY, labels)).toEqual({
      status: 'on_track',
      reason: '6.RP.A.1 is at 2.65, expected 1.84 by today',
    });
    // the skill's effective method, as every goal screen now passes it
    const method = effectiveMethodOf(settings, [classSkill]);
    expect(goalStatus(goal, scores, method, settings.scale, TODAY, labels)).toEqual({
      status: 'met',
      reason: 'Met: 6.RP.A.1 is at 3 (target 3)',
    });
    const [series] = goalProgressSeries(goal, scores, method, settings.scale, TODAY);
    expect(series!.actual.at(-1)!.value).toBe(3);
  });
});
