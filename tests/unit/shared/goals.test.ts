import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  GOAL_STATUS_LABELS,
  GOAL_STATUS_ORDER,
  expectedLevel,
  goalDraftSchema,
  goalProgressSeries,
  goalStatus,
  validateGoalDraft,
} from '../../../shared';
import type { CalculationMethod, Goal, GoalStatus, MasteryScale, Score } from '../../../shared';

const scale = DEFAULT_SCALE; // 4, 3 (mastery), 2, 1
const latest: CalculationMethod = { kind: 'latest' };
const labels = { s1: '6.RP.A.3', s2: '7.EE.B.4' };

/** Starts 1 Nov, due 1 Dec (30 days): from 1 to 3, the line rises 1/15 of a point a day. */
const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g1',
  studentId: 'st1',
  title: 'I can solve rate problems',
  skills: [{ skillId: 's1', target: 3 }],
  startDate: '2024-11-01',
  dueDate: '2024-12-01',
  ...over,
});
const at = (at: string, value: number | null): Score => ({ value, at });
const status = (g: Goal, scores: Record<string, Score[]>, today: string, method: CalculationMethod = latest) =>
  goalStatus(g, scores, method, scale, today, labels);

describe('expectedLevel', () => {
  it('runs a straight line from the start level to the target by calendar days', () => {
    expect(expectedLevel(1, 3, '2024-11-01', '2024-12-01', '2024-11-01')).toBe(1);
    expect(expectedLevel(1, 3, '2024-11-01', '2024-12-01', '2024-11-16')).toBe(2);
    expect(expectedLevel(1, 3, '2024-11-01', '2024-12-01', '2024-11-11')).toBe(1.67); // 1 + 2 * 10/30
    expect(expectedLevel(1, 3, '2024-11-01', '2024-12-01', '2024-12-01')).toBe(3);
    // calendar days, leap day included: 28 Feb -> 1 Mar is 2 of 32 days
    expect(expectedLevel(0, 4, '2024-02-28', '2024-03-31', '2024-03-01')).toBe(0.25);
    // 4 Nov 2024 (US daylight-saving ends) is still one day: 1 Oct + 34 of 61 days, 1.5 + 34/61 = 2.0574
    expect(expectedLevel(1.5, 2.5, '2024-10-01', '2024-12-01', '2024-11-04')).toBe(2.06);
  });
  it('is clamped to the start before the start date and to the target after the due date', () => {
    expect(expectedLevel(1.5, 3, '2024-11-01', '2024-12-01', '2024-10-01')).toBe(1.5);
    expect(expectedLevel(1.5, 3, '2024-11-01', '2024-12-01', '2025-01-15')).toBe(3);
  });
  it('expects the target from the start when the due date is not after the start', () => {
    expect(expectedLevel(1, 3, '2024-11-10', '2024-11-01', '2024-11-09')).toBe(1);
    expect(expectedLevel(1, 3, '2024-11-10', '2024-11-01', '2024-11-10')).toBe(3);
    expect(expectedLevel(1, 3, '2024-11-10', '2024-11-10', '2024-11-10')).toBe(3);
  });
  it('gives NaN for dates that are not real', () => {
    expect(expectedLevel(1, 3, '2024-02-30', '2024-12-01', '2024-11-10')).toBeNaN();
  });
});

describe('goalStatus', () => {
  it('labels and orders the six statuses', () => {
    expect(GOAL_STATUS_LABELS).toEqual({
      met: 'Met',
      on_track: 'On track',
      at_risk: 'At risk',
      off_track: 'Off track',
      overdue: 'Overdue',
      no_data: 'No data yet',
    });
    expect(GOAL_STATUS_ORDER).toEqual(['overdue', 'off_track', 'at_risk', 'no_data', 'on_track', 'met']);
  });

  it('is met when every skill is at or above its target', () => {
    const r = status(goal(), { s1: [at('2024-11-10', 3.2)] }, '2024-11-12');
    expect(r).toEqual({ status: 'met', reason: 'Met: 6.RP.A.3 is at 3.2 (target 3)' });
    // met wins over overdue
    expect(status(goal(), { s1: [at('2024-11-10', 3)] }, '2025-01-12').status).toBe('met');
  });

  it('is met only when every skill is: one below keeps it open', () => {
    const g = goal({ skills: [{ skillId: 's1', target: 3 }, { skillId: 's2', target: 3 }] });
    expect(status(g, { s1: [at('2024-11-10', 3)], s2: [at('2024-11-10', 3)] }, '2024-11-12')).toEqual({
      status: 'met',
      reason: 'Met: 6.RP.A.3 is at 3 (target 3); 7.EE.B.4 is at 3 (target 3)',
    });
    expect(status(g, { s1: [at('2024-11-10', 3)], s2: [at('2024-11-10', 2)] }, '2024-11-12').status).not.toBe('met');
  });

  it('stays met once closed as met, whatever the scores say', () => {
    const g = goal({ closed: { on: '2024-11-20', as: 'met' } });
    expect(status(g, { s1: [at('2024-11-10', 2.4)] }, '2025-02-01')).toEqual({
      status: 'met',
      reason: 'Met: closed as met on 20 Nov 2024; 6.RP.A.3 is at 2.4 (target 3)',
    });
    expect(status(g, {}, '2024-11-25').reason).toBe('Met: closed as met on 20 Nov; 6.RP.A.3 has no scores yet (target 3)');
  });

  it('evaluates a dropped goal like an open one and says it was dropped', () => {
    const g = goal({ closed: { on: '2024-11-20', as: 'dropped' } });
    expect(status(g, { s1: [at('2024-11-10', 1.5)] }, '2024-11-25')).toEqual({
      status: 'off_track',
      reason: 'Dropped on 20 Nov. 6.RP.A.3 is at 1.5, expected 2.6 by today',
    });
  });

  it('is overdue after the due date, and not on the due date itself', () => {
    const scores = { s1: [at('2024-11-10', 2.4)] };
    expect(status(goal(), scores, '2024-12-02')).toEqual({ status: 'overdue', reason: 'Due 1 Dec; 6.RP.A.3 is at 2.4, target 3' });
    const due = status(goal(), scores, '2024-12-01'); // due today: expected the target, 0.6 below
    expect(due).toEqual({ status: 'at_risk', reason: '6.RP.A.3 is at 2.4, expected 3 by today' });
    // the year shows when the due date is not this year's
    expect(status(goal({ dueDate: '2024-12-12' }), scores, '2025-01-05').reason).toBe('Due 12 Dec 2024; 6.RP.A.3 is at 2.4, target 3');
  });

  it('names only the skills still below target when overdue', () => {
    const g = goal({ skills: [{ skillId: 's1', target: 3 }, { skillId: 's2', target: 3 }] });
    const r = status(g, { s1: [at('2024-11-10', 3.5)] }, '2024-12-12');
    expect(r).toEqual({ status: 'overdue', reason: 'Due 1 Dec; 7.EE.B.4 has no scores yet, target 3' });
  });

  it('has no data when no skill has a score dated on or after the start', () => {
    const before = { s1: [at('2024-10-20', 2), { value: 2.5 }] };
    expect(status(goal(), before, '2024-11-20')).toEqual({
      status: 'no_data',
      reason: 'No evidence on 6.RP.A.3 since the goal started on 1 Nov',
    });
    const g = goal({ skills: [{ skillId: 's1', target: 3 }, { skillId: 's2', target: 3 }] });
    expect(status(g, {}, '2024-11-20').reason).toBe('No evidence on 6.RP.A.3 or 7.EE.B.4 since the goal started on 1 Nov');
    // a score on the start date itself is evidence since the start
    expect(status(goal(), { s1: [at('2024-11-01', 1)] }, '2024-11-01').status).toBe('on_track');
  });

  it('has no data before the start date, when nothing can be since the start', () => {
    expect(status(goal(), { s1: [at('2024-10-20', 2)] }, '2024-10-25')).toEqual({
      status: 'no_data',
      reason: 'The goal starts on 1 Nov; no evidence on 6.RP.A.3 yet',
    });
    // already at the target before it starts: met
    expect(status(goal(), { s1: [at('2024-10-20', 3)] }, '2024-10-25').status).toBe('met');
  });

  it('ignores scores dated after today', () => {
    const scores = { s1: [at('2024-11-10', 2), at('2024-11-30', 4)] };
    expect(status(goal(), scores, '2024-11-16')).toEqual({ status: 'on_track', reason: '6.RP.A.3 is at 2, expected 2 by today' });
    expect(status(goal(), { s1: [at('2024-11-30', 4)] }, '2024-11-16').status).toBe('no_data');
    // a date-time later the same day still counts: days, not instants
    expect(status(goal(), { s1: [at('2024-11-16T23:59:00Z', 3)] }, '2024-11-16').status).toBe('met');
  });

  it('counts undated scores for the level and the start, but not as evidence since the start', () => {
    // undated 2 sets the start level to 2 (line 2 -> 3); the average with the dated 2.5 is 2.25
    const scores = { s1: [{ value: 2 }, at('2024-11-05', 2.5)] };
    expect(status(goal(), scores, '2024-11-16', { kind: 'average' })).toEqual({
      status: 'on_track',
      reason: '6.RP.A.3 is at 2.25, expected 2.5 by today',
    });
    // an undated score alone counts towards met
    expect(status(goal(), { s1: [{ value: 3.5 }] }, '2024-11-16').status).toBe('met');
    expect(status(goal(), { s1: [{ value: 2 }] }, '2024-11-16').status).toBe('no_data');
  });

  it('starts from the lowest points when there are no earlier scores', () => {
    // start 1, target 3: expected 2 on 16 Nov; at 1.75 that is 0.25 below
    expect(status(goal(), { s1: [at('2024-11-05', 1.75)] }, '2024-11-16').status).toBe('on_track');
    const series = goalProgressSeries(goal(), { s1: [at('2024-11-05', 1.75)] }, latest, scale, '2024-11-16');
    expect(series[0]!.startLevel).toBe(1);
  });

  it('starts from the rollup of the scores before the start', () => {
    // earlier 2.5 -> the line runs 2.5 -> 3, expected 2.75 on 16 Nov
    const scores = { s1: [at('2024-10-01', 2.5), at('2024-11-05', 2.5)] };
    expect(status(goal(), scores, '2024-11-16')).toEqual({ status: 'on_track', reason: '6.RP.A.3 is at 2.5, expected 2.75 by today' });
  });

  it('starts from the scores dated on the start day too (a goal made right after an exit ticket)', () => {
    const ticket = { s1: [at('2024-10-01', 1), at('2024-11-01', 2.5)] };
    // the line runs 2.5 -> 3 from the start: on the start day the student is where expected
    expect(status(goal(), ticket, '2024-11-01')).toEqual({ status: 'on_track', reason: '6.RP.A.3 is at 2.5, expected 2.5 by today' });
    // 16 Nov: expected 2.75; still at 2.5, 0.25 below
    expect(status(goal(), ticket, '2024-11-16')).toEqual({ status: 'on_track', reason: '6.RP.A.3 is at 2.5, expected 2.75 by today' });
    // the start day's score is still evidence since the start: not "no data"
    expect(status(goal(), ticket, '2024-11-20').status).not.toBe('no_data');
    const [s] = goalProgressSeries(goal(), ticket, latest, scale, '2024-11-20');
    expect(s!.startLevel).toBe(2.5);
    expect(s!.expected[0]).toEqual({ date: '2024-11-01', value: 2.5 });
    expect(s!.actual).toEqual([{ date: '2024-11-01', value: 2.5 }]);
    // a score the day before the start is in the start level as before; the day after is not
    expect(goalProgressSeries(goal(), { s1: [at('2024-11-02', 2.5)] }, latest, scale, '2024-11-20')[0]!.startLevel).toBe(1);
  });

  it('rolls each skill up by its own method when given a method per skill', () => {
    const g = goal({ skills: [{ skillId: 's1', target: 3 }, { skillId: 's2', target: 3 }] });
    const scores = { s1: [at('2024-11-05', 3), at('2024-11-10', 2)], s2: [at('2024-11-05', 2), at('2024-11-10', 3)] };
    const perSkill = (id: string): CalculationMethod => (id === 's1' ? { kind: 'highest' } : latest);
    expect(goalStatus(g, scores, perSkill, scale, '2024-11-12', labels)).toEqual({
      status: 'met',
      reason: 'Met: 6.RP.A.3 is at 3 (target 3); 7.EE.B.4 is at 3 (target 3)',
    });
    // one method for both: s1 is at its latest, 2
    expect(goalStatus(g, scores, latest, scale, '2024-11-12', labels).status).not.toBe('met');
    const series = goalProgressSeries(g, scores, perSkill, scale, '2024-11-12');
    expect(series.map((s) => s.actual[s.actual.length - 1]!.value)).toEqual([3, 3]);
  });

  it('reads Met when a skill set to "Highest score" reaches the target (issue 12)', () => {
    // the class rolls up by the default decaying average; the skill by its highest score
    const scores = { s1: [at('2024-11-05', 2), at('2024-11-10', 3)] };
    expect(goalStatus(goal(), scores, DEFAULT_METHOD, scale, '2024-11-25', labels)).toEqual({
      status: 'on_track',
      reason: '6.RP.A.3 is at 2.65, expected 2.6 by today',
    });
    const own = (id: string): CalculationMethod => (id === 's1' ? { kind: 'highest' } : DEFAULT_METHOD);
    expect(goalStatus(goal(), scores, own, scale, '2024-11-25', labels)).toEqual({
      status: 'met',
      reason: 'Met: 6.RP.A.3 is at 3 (target 3)',
    });
  });

  it('puts the boundaries at exactly 0.25 and 0.75 points below', () => {
    const on = (value: number) => status(goal(), { s1: [at('2024-11-05', value)] }, '2024-11-10'); // expected 1.6
    expect(on(1.35)).toEqual({ status: 'on_track', reason: '6.RP.A.3 is at 1.35, expected 1.6 by today' });
    expect(on(1.34).status).toBe('at_risk');
    const mid = (value: number) => status(goal(), { s1: [at('2024-11-05', value)] }, '2024-11-25'); // expected 2.6
    expect(mid(2.35).status).toBe('on_track');
    expect(mid(2.34).status).toBe('at_risk');
    expect(mid(1.85)).toEqual({ status: 'at_risk', reason: '6.RP.A.3 is at 1.85, expected 2.6 by today' });
    expect(mid(1.84)).toEqual({ status: 'off_track', reason: '6.RP.A.3 is at 1.84, expected 2.6 by today' });
    expect(mid(2.1)).toEqual({ status: 'at_risk', reason: '6.RP.A.3 is at 2.1, expected 2.6 by today' });
  });

  it('lets the skill furthest below its expected level decide', () => {
    const g = goal({ skills: [{ skillId: 's1', target: 3 }, { skillId: 's2', target: 4 }] });
    // on 25 Nov: s1 expected 2.6, s2 expected 3.4
    const scores = { s1: [at('2024-11-20', 2.5)], s2: [at('2024-11-20', 2.5)] };
    expect(status(g, scores, '2024-11-25')).toEqual({ status: 'off_track', reason: '7.EE.B.4 is at 2.5, expected 3.4 by today' });
    // a skill with no scores at all sits at the lowest points and can be the worst
    const r = status(g, { s1: [at('2024-11-20', 2.5)] }, '2024-11-25');
    expect(r).toEqual({ status: 'off_track', reason: '7.EE.B.4 has no scores yet (counts as 1), expected 3.4 by today' });
    // ahead of the line is on track
    expect(status(g, { s1: [at('2024-11-20', 3)], s2: [at('2024-11-20', 3.9)] }, '2024-11-25').status).toBe('on_track');
  });

  it('falls back to the skill id without a label', () => {
    const r = goalStatus(goal(), { s1: [at('2024-11-05', 1.2)] }, latest, scale, '2024-11-25');
    expect(r).toEqual({ status: 'off_track', reason: 's1 is at 1.2, expected 2.6 by today' });
  });

  it('uses the calculation method for the levels', () => {
    const scores = { s1: [at('2024-11-05', 4), at('2024-11-10', 1)] };
    expect(goalStatus(goal(), scores, { kind: 'highest' }, scale, '2024-11-12', labels).status).toBe('met');
    expect(goalStatus(goal(), scores, latest, scale, '2024-11-20', labels).status).toBe('off_track'); // expected 2.27
    // n_mastery not reached yet: the lowest points, and the reason says there is no level, as the tracker shows none
    const r = goalStatus(goal(), { s1: [at('2024-11-05', 3)] }, { kind: 'n_mastery', n: 2 }, scale, '2024-11-16', labels);
    expect(r).toEqual({ status: 'off_track', reason: '6.RP.A.3 has no level yet (counts as 1), expected 2 by today' });
    // the default decaying average: 2 then 3 -> 2.65
    const d = goalStatus(goal(), { s1: [at('2024-11-05', 2), at('2024-11-10', 3)] }, DEFAULT_METHOD, scale, '2024-11-25', labels);
    expect(d).toEqual({ status: 'on_track', reason: '6.RP.A.3 is at 2.65, expected 2.6 by today' });
  });

  it('treats a due date before the start as the start: the target is expected from the start', () => {
    const oneDay = goal({ startDate: '2024-11-10', dueDate: '2024-11-10' });
    expect(status(oneDay, { s1: [at('2024-11-10', 2.8)] }, '2024-11-10')).toEqual({
      status: 'on_track',
      reason: '6.RP.A.3 is at 2.8, expected 3 by today',
    });
    expect(status(oneDay, { s1: [at('2024-11-10', 2.2)] }, '2024-11-10').status).toBe('off_track');
    // the due date itself stays the due date for "overdue"
    const backwards = goal({ startDate: '2024-11-20', dueDate: '2024-11-10' });
    expect(status(backwards, { s1: [at('2024-11-05', 2.2)] }, '2024-11-08').status).toBe('no_data');
    expect(status(backwards, { s1: [at('2024-11-20', 2.2)] }, '2024-11-20')).toEqual({
      status: 'overdue',
      reason: 'Due 10 Nov; 6.RP.A.3 is at 2.2, target 3',
    });
  });

  it('handles a goal with no skills: never met, then overdue or no data', () => {
    const g = goal({ skills: [] });
    expect(status(g, {}, '2024-11-10')).toEqual({ status: 'no_data', reason: 'No skills are linked to this goal yet' });
    expect(status(g, {}, '2024-12-10')).toEqual({ status: 'overdue', reason: 'Due 1 Dec; no skills are linked to this goal' });
  });

  it('ignores null scores and says when dates cannot be read', () => {
    expect(status(goal(), { s1: [at('2024-11-05', null)] }, '2024-11-10').status).toBe('no_data');
    expect(status(goal({ startDate: 'soon' }), {}, '2024-11-10')).toEqual({
      status: 'no_data',
      reason: "The goal's start date is not a real date: fix it to see progress",
    });
    expect(status(goal(), {}, 'today').status).toBe('no_data');
    // keys from Object.prototype are not scores
    expect(status(goal({ skills: [{ skillId: 'constructor', target: 3 }] }), {}, '2024-11-10').status).toBe('no_data');
  });

  it('never throws and always gives one of the six statuses', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const method: fc.Arbitrary<CalculationMethod> = fc.oneof(
      fc.integer({ min: 50, max: 99 }).map((weight) => ({ kind: 'decaying_average' as const, weight })),
      fc.integer({ min: 1, max: 99 }).map((weight) => ({ kind: 'weighted_average' as const, weight })),
      fc.integer({ min: 1, max: 10 }).map((n) => ({ kind: 'n_mastery' as const, n })),
      fc.integer({ min: 1, max: 20 }).map((n) => ({ kind: 'median_recent' as const, n })),
      fc.constantFrom<CalculationMethod>({ kind: 'latest' }, { kind: 'highest' }, { kind: 'average' }, { kind: 'mode' }, { kind: 'power_law' }),
    );
    const scales: MasteryScale[] = [
      scale,
      {
        levels: [
          { points: 5, label: 'A', color: '#000000' },
          { points: 2.5, label: 'B', color: '#000000' },
          { points: 0, label: 'C', color: '#000000' },
        ],
        masteryPoints: 2.5,
      },
    ];
    const ids = ['s1', 's2', 's3', 'constructor'];
    const score: fc.Arbitrary<Score> = fc.record(
      {
        value: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }),
        at: fc.oneof(day, day.map((d) => `${d}T13:45:00Z`), fc.constant('')),
      },
      { requiredKeys: ['value'] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...ids), target: fc.double({ min: 0, max: 5, noNaN: true }) }), {
          maxLength: 4,
          selector: (s) => s.skillId,
        }),
        day,
        day,
        day,
        fc.dictionary(fc.constantFrom(...ids), fc.array(score, { maxLength: 8 })),
        method,
        fc.constantFrom(...scales),
        fc.option(fc.record({ on: day, as: fc.constantFrom<'met' | 'dropped'>('met', 'dropped') }), { nil: undefined }),
        (skills, startDate, dueDate, today, scores, m, s, closed) => {
          const g = goal({ skills, startDate, dueDate, closed });
          const r = goalStatus(g, scores, m, s, today, labels);
          expect(GOAL_STATUS_ORDER).toContain(r.status);
          expect(r.reason).not.toBe('');
          expect(r.reason).not.toMatch(/NaN|undefined|\d\.\d{3}/);
          if (closed?.as === 'met') expect(r.status).toBe<GoalStatus>('met');
          const series = goalProgressSeries(g, scores, m, s, today);
          expect(series).toHaveLength(skills.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('goalProgressSeries', () => {
  it('gives each skill its expected line and its actual levels from the start', () => {
    const scores = {
      s1: [at('2024-10-01', 2), at('2024-11-05', 2.5), at('2024-11-05', 3), { value: 1 }, at('2024-11-20', 3.5), at('2024-12-20', 4)],
    };
    const g = goal({ skills: [{ skillId: 's1', target: 3 }, { skillId: 's2', target: 3.5 }] });
    expect(goalProgressSeries(g, scores, { kind: 'average' }, scale, '2024-12-01')).toEqual([
      {
        skillId: 's1',
        target: 3,
        startLevel: 1.5, // undated 1 and 1 Oct 2
        expected: [
          { date: '2024-11-01', value: 1.5 },
          { date: '2024-12-01', value: 3 },
        ],
        actual: [
          { date: '2024-11-01', value: 1.5 },
          { date: '2024-11-05', value: 2.13 }, // both of 5 Nov: (1 + 2 + 2.5 + 3) / 4 = 2.125
          { date: '2024-11-20', value: 2.4 },
          // 20 Dec is after the end date
        ],
      },
      {
        skillId: 's2',
        target: 3.5,
        startLevel: 1,
        expected: [
          { date: '2024-11-01', value: 1 },
          { date: '2024-12-01', value: 3.5 },
        ],
        actual: [{ date: '2024-11-01', value: 1 }],
      },
    ]);
  });

  it('orders scores by day and puts date-times on their day', () => {
    const scores = { s1: [at('2024-11-20T08:00:00Z', 3), at('2024-11-03', 2), at('2024-11-01T10:00:00.000Z', 1.5)] };
    const [s] = goalProgressSeries(goal(), scores, latest, scale, '2024-11-30');
    // the start day's date-time score is in the starting level: one point on the start date
    expect(s!.startLevel).toBe(1.5);
    expect(s!.actual).toEqual([
      { date: '2024-11-01', value: 1.5 },
      { date: '2024-11-03', value: 2 },
      { date: '2024-11-20', value: 3 },
    ]);
  });

  it('steps to the target at the start when the due date is before it', () => {
    const [s] = goalProgressSeries(goal({ startDate: '2024-11-10', dueDate: '2024-11-01' }), {}, latest, scale, '2024-11-30');
    expect(s!.expected).toEqual([
      { date: '2024-11-10', value: 1 },
      { date: '2024-11-10', value: 3 },
    ]);
  });
});

describe('goalDraftSchema', () => {
  const schema = goalDraftSchema(scale);
  const draft = { title: ' I can find unit rates ', skills: [{ skillId: 's1', target: 3 }], startDate: '2024-11-01', dueDate: '2024-12-01' };
  const errors = (d: unknown) => {
    const r = validateGoalDraft(d, scale);
    return r.ok ? [] : r.errors;
  };

  it('accepts a good draft, trimmed', () => {
    expect(schema.parse(draft)).toEqual({ ...draft, title: 'I can find unit rates' });
    expect(schema.safeParse({ ...draft, dueDate: draft.startDate }).success).toBe(true);
  });
  it('says what is wrong in plain words', () => {
    expect(errors({ ...draft, title: '  ' })).toEqual(["Write the goal in the student's words."]);
    expect(errors({ ...draft, title: 'x'.repeat(201) })).toEqual(['Keep the goal to 200 characters or fewer.']);
    expect(errors({ ...draft, skills: [] })).toEqual(['Link at least one skill to the goal.']);
    expect(errors({ ...draft, skills: [{ skillId: 's1', target: 5 }] })).toEqual(['A target of 5 is off the scale: targets go from 1 to 4.']);
    expect(errors({ ...draft, skills: [{ skillId: 's1', target: 0.5 }] })).toHaveLength(1);
    expect(errors({ ...draft, skills: [{ skillId: 's1', target: 3 }, { skillId: 's1', target: 4 }] })).toEqual([
      'This skill is in the goal twice: keep one.',
    ]);
    expect(errors({ ...draft, startDate: '2024-02-30' })).toEqual([
      'The start date "2024-02-30" is not a real date: write it like 2024-11-02.',
    ]);
    expect(errors({ ...draft, dueDate: '1/12/2024' })).toHaveLength(1);
    expect(errors({ ...draft, startDate: '' })).toEqual(['Choose a start date.']);
    expect(errors({ ...draft, dueDate: '2024-10-31' })).toEqual(['The due date cannot be before the start date.']);
    expect(errors(null)).toEqual(['A goal needs a title, at least one skill, a start date and a due date.']);
  });
  it('takes the target range from the class scale', () => {
    const wide: MasteryScale = { levels: [{ points: 5, label: 'A', color: '#000000' }, { points: 0, label: 'B', color: '#000000' }], masteryPoints: 5 };
    expect(goalDraftSchema(wide).safeParse({ ...draft, skills: [{ skillId: 's1', target: 4.5 }] }).success).toBe(true);
    expect(goalDraftSchema(wide).safeParse({ ...draft, skills: [{ skillId: 's1', target: 0 }] }).success).toBe(true);
  });
});
