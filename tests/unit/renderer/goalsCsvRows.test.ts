import { describe, expect, it } from 'vitest';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE, goalsCsv, type CalculationMethod, type GoalRecord, type Student } from '../../../shared';
import type { GoalsData } from '../../../renderer/db/goals';
import { goalRows } from '../../../renderer/goals/goalView';
import { goalsCsvRows } from '../../../renderer/goals/goalsCsvRows';

const student = (id: string, givenName: string, familyName: string): Student => ({
  id,
  givenName,
  familyName,
  preferredName: '',
  studentNumber: '',
  email: '',
  notes: '',
  archived: 0,
  createdAt: '',
});
const goal = (id: string, over: Partial<GoalRecord> = {}): GoalRecord => ({
  id,
  classId: 'c',
  studentId: 'a',
  title: `Goal ${id}`,
  skills: [{ skillId: 's1', target: 3 }],
  startDate: '2026-11-01',
  dueDate: '2026-12-01',
  actionSteps: [],
  createdAt: `2026-11-01T00:00:0${id.length}Z`,
  ...over,
});

const LATEST: CalculationMethod = { kind: 'latest' };
/** `own`: skill id -> the skill's own method in the class (the others use the class's, latest) */
const data = (goals: GoalRecord[], own: Record<string, CalculationMethod> = {}): GoalsData => ({
  settings: { scale: DEFAULT_SCALE, method: LATEST, cutScores: DEFAULT_CUT_SCORES },
  skillMethods: { s1: own.s1 ?? LATEST, s2: own.s2 ?? LATEST },
  students: [student('a', 'Ana', 'Able'), student('b', 'Ben', 'Baker')],
  skills: ['s1', 's2'].map((id, order) => ({
    skill: { id, frameworkId: 'f', code: `6.RP.A.${order + 1}`, statement: '', parentId: null, order },
    classSkill: { id: `cs-${id}`, classId: 'c', skillId: id, order },
  })),
  goals,
  checkIns: [],
  scores: new Map([
    [
      'a',
      {
        s1: [
          { value: 2, at: '2026-11-05' },
          { value: 3, at: '2026-11-20' },
          // after "today": the goal's status does not see it, nor does the export
          { value: 4, at: '2026-11-30' },
        ],
      },
    ],
  ]),
});

const TODAY = '2026-11-23';

describe('goalsCsvRows', () => {
  it('writes one row per skill of each goal, in the order given, with the level the status was judged on', () => {
    const d = data([goal('g1', { skills: [{ skillId: 's1', target: 3 }, { skillId: 's2', target: 4 }] }), goal('g2', { studentId: 'b' })]);
    const rows = goalsCsvRows(goalRows(d, TODAY), d, TODAY);
    expect(rows).toEqual([
      // 6.RP.A.2 has no score: it sits at the lowest level, far below the line to 4, so the goal is off track
      { student: 'Ana Able', goal: 'Goal g1', skill: '6.RP.A.1', target: 3, current: 3, startDate: '2026-11-01', dueDate: '2026-12-01', status: 'Off track' },
      { student: 'Ana Able', goal: 'Goal g1', skill: '6.RP.A.2', target: 4, current: null, startDate: '2026-11-01', dueDate: '2026-12-01', status: 'Off track' },
      { student: 'Ben Baker', goal: 'Goal g2', skill: '6.RP.A.1', target: 3, current: null, startDate: '2026-11-01', dueDate: '2026-12-01', status: 'No data yet' },
    ]);
  });

  it('says how a closed goal ended, and still writes a goal without skills', () => {
    const d = data([
      goal('g1', { closed: { on: '2026-11-21', as: 'dropped' } }),
      goal('g22', { closed: { on: '2026-11-22', as: 'met' } }),
      goal('g333', { skills: [], studentId: 'gone' }),
    ]);
    const rows = goalsCsvRows(goalRows(d, TODAY), d, TODAY);
    expect(rows.map((r) => [r.student, r.skill, r.target, r.current, r.status])).toEqual([
      ['Ana Able', '6.RP.A.1', 3, 3, 'Dropped (closed 2026-11-21)'],
      ['Ana Able', '6.RP.A.1', 3, 3, 'Met (closed 2026-11-22)'],
      ['Unknown student', '', null, null, 'No data yet'],
    ]);
  });

  it("rolls each skill up by its own method in the class, as the goal's status does", () => {
    // s1 by its average: 2 and 3 -> 2.5 on 23 Nov (the 30 Nov 4 is after today)
    const d = data([goal('g1')], { s1: { kind: 'average' } });
    const rows = goalRows(d, TODAY);
    expect(rows[0]!.reason).toContain('6.RP.A.1 is at 2.5');
    expect(goalsCsvRows(rows, d, TODAY).map((r) => [r.current, r.status])).toEqual([[2.5, 'On track']]);
    // by its highest: 3, the target: met
    const h = data([goal('g1')], { s1: { kind: 'highest' } });
    expect(goalsCsvRows(goalRows(h, TODAY), h, TODAY).map((r) => [r.current, r.status])).toEqual([[3, 'Met']]);
  });

  it('goes through goalsCsv, so a title that looks like a formula is neutralised', () => {
    const d = data([goal('g1', { title: '=HYPERLINK("x")' })]);
    const csv = goalsCsv(goalsCsvRows(goalRows(d, TODAY), d, TODAY));
    expect(csv.split('\r\n')[1]).toBe(`Ana Able,"'=HYPERLINK(""x"")",6.RP.A.1,3,3,2026-11-01,2026-12-01,Met`);
  });
});
