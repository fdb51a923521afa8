// The coach's overview: review status, look-for means per teacher and look-for (and over time),
// and plan-health warnings counted by kind across plans.
import { describe, expect, it } from 'vitest';
import {
  buildRotation,
  coachSummary,
  coachSummaryRows,
  planChecks,
  reviewStatus,
  toCsv,
  UNNAMED_TEACHER,
  warningKind,
  type SummaryPlan,
} from '../../../shared';

const LF = ['Teacher-led station uses current data', 'The collaborative station produces discussion'];

function plan(teacher: string, date: string, ratings: (number | null)[], warnings: string[] = []): SummaryPlan {
  return { teacher, date, lookFors: LF.map((text, i) => ({ text, rating: ratings[i] ?? null })), warnings };
}

describe('reviewStatus', () => {
  const blank = [{ rating: null, note: '' }];
  it('is to review until the coach rates, notes or comments', () => {
    expect(reviewStatus({ lookFors: blank, commentCount: 0 })).toBe('to_review');
    expect(reviewStatus({ lookFors: [{ rating: 3, note: '' }], commentCount: 0 })).toBe('reviewed');
    expect(reviewStatus({ lookFors: [{ rating: null, note: 'Calm room' }], commentCount: 0 })).toBe('reviewed');
    expect(reviewStatus({ lookFors: blank, commentCount: 1 })).toBe('reviewed');
  });
  it('is sent once exported, until the coach changes something', () => {
    const sent = { lookFors: [{ rating: 3, note: '' }], commentCount: 1, sentAt: '2026-03-02T10:00:00.000Z' };
    expect(reviewStatus(sent)).toBe('sent');
    expect(reviewStatus({ ...sent, changedAt: '2026-03-02T09:00:00.000Z' })).toBe('sent');
    expect(reviewStatus({ ...sent, changedAt: '2026-03-02T11:00:00.000Z' })).toBe('reviewed');
  });
});

describe('coachSummary: look-fors', () => {
  const plans = [
    plan('Ms. Okafor', '2026-03-02', [3, 2]),
    plan('Ms. Okafor', '2026-03-09', [4, null]),
    plan('Mr. Brandt', '2026-03-02', [2, 1]),
    plan('Mr. Brandt', '2026-03-09', [null, null]),
  ];
  const summary = coachSummary(plans);

  it('lists teachers in name order and counts rated plans', () => {
    expect(summary.teachers).toEqual(['Mr. Brandt', 'Ms. Okafor']);
    expect(summary.plans).toBe(4);
    expect(summary.rated).toBe(3);
  });

  it('gives the mean per look-for and per teacher, skipping plans without a rating', () => {
    const [first, second] = summary.lookFors;
    expect(first!.text).toBe(LF[0]);
    expect(first!.overall).toEqual({ mean: 3, count: 3 });
    expect(first!.byTeacher).toEqual([
      { teacher: 'Mr. Brandt', mean: 2, count: 1 },
      { teacher: 'Ms. Okafor', mean: 3.5, count: 2 },
    ]);
    expect(second!.overall).toEqual({ mean: 1.5, count: 2 });
    expect(second!.byTeacher).toEqual([
      { teacher: 'Mr. Brandt', mean: 1, count: 1 },
      { teacher: 'Ms. Okafor', mean: 2, count: 1 },
    ]);
  });

  it('follows each look-for over time, by plan date, overall and per teacher', () => {
    expect(summary.lookFors[0]!.overTime).toEqual([
      { date: '2026-03-02', mean: 2.5, count: 2, byTeacher: { 'Mr. Brandt': 2, 'Ms. Okafor': 3 } },
      { date: '2026-03-09', mean: 4, count: 1, byTeacher: { 'Ms. Okafor': 4 } },
    ]);
  });

  it('matches look-fors by text whatever the case or spaces, and rounds means half up', () => {
    const s = coachSummary([
      { teacher: 'A', date: '2026-01-01', lookFors: [{ text: 'Transitions take under 2 minutes', rating: 1 }], warnings: [] },
      { teacher: 'A', date: '2026-01-02', lookFors: [{ text: ' transitions take under 2 minutes ', rating: 2 }], warnings: [] },
      { teacher: 'A', date: '2026-01-03', lookFors: [{ text: 'Transitions take under 2 minutes', rating: 2 }], warnings: [] },
      { teacher: '', date: '2026-01-03', lookFors: [{ text: 'Own look-for', rating: 7 }], warnings: [] },
    ]);
    expect(s.lookFors.map((l) => l.text)).toEqual(['Transitions take under 2 minutes', 'Own look-for']);
    expect(s.lookFors[0]!.overall).toEqual({ mean: 1.67, count: 3 });
    // A rating outside 1-4 does not count; a plan without an author is the unnamed teacher.
    expect(s.lookFors[1]!.overall).toBeNull();
    expect(s.teachers).toEqual(['A', UNNAMED_TEACHER]);
  });

  it('is empty for no plans', () => {
    expect(coachSummary([])).toEqual({ plans: 0, rated: 0, teachers: [], lookFors: [], warnings: [] });
  });
});

describe('coachSummary: warnings', () => {
  it('counts warnings by kind across plans, the most frequent first', () => {
    const s = coachSummary([
      plan('Ms. Okafor', '2026-03-02', [], [
        'Group 3 never meets the teacher in this rotation.',
        'Group 1 gets 45 minutes of screen time on day 1, above the class limit of 40.',
      ]),
      plan('Mr. Brandt', '2026-03-02', [], [
        'Tigers never meets the teacher in this rotation.',
        'Lions and Bears never meet the teacher in this rotation.',
      ]),
      plan('Mr. Brandt', '2026-03-09', [], ['Something new the coach has not seen.']),
    ]);
    expect(s.warnings).toEqual([
      { kind: 'A group never meets the teacher', count: 3, plans: 2, teachers: ['Mr. Brandt', 'Ms. Okafor'] },
      { kind: 'Screen time above the class limit', count: 1, plans: 1, teachers: ['Ms. Okafor'] },
      { kind: 'Something new the coach has not seen.', count: 1, plans: 1, teachers: ['Mr. Brandt'] },
    ]);
  });

  it('knows the warnings the plan checks write', () => {
    const stations = [
      { id: 'o', name: 'Online', kind: 'online' as const, devices: 2, capacity: 3 },
      { id: 'c', name: 'Talk table', kind: 'collaborative' as const },
    ];
    const groups = [
      { id: 'g1', name: 'Group 1', studentIds: ['a', 'b', 'c', 'd'], need: 1.2 },
      { id: 'g2', name: 'Group 2', studentIds: ['e', 'f'], need: 3 },
      { id: 'g3', name: 'Group 3', studentIds: ['h', 'i', 'j'], need: 2 },
    ];
    const built = buildRotation({
      start: '23:30',
      minutesPerStation: 50,
      transitionMinutes: 2,
      periodMinutes: 45,
      stations,
      groups: groups.map((g) => ({ id: g.id, size: g.studentIds.length })),
    });
    const checks = planChecks({ slots: built.slots, stations, groups, minutesPerStation: 50, screenLimitPerDay: 40 });
    const messages = [...built.warnings, ...checks.filter((c) => c.level === 'warning').map((c) => c.message)];
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const m of messages) expect(warningKind(m), m).not.toBe(m);
  });
});

describe('coachSummaryRows', () => {
  it('writes the look-fors with each teacher’s mean, then the warnings, as CSV', () => {
    const s = coachSummary([
      plan('Ms. Okafor', '2026-03-02', [3, 2], ['Group 3 never meets the teacher in this rotation.']),
      plan('Mr. Brandt', '2026-03-02', [2, null]),
    ]);
    const lines = toCsv(coachSummaryRows(s)).split('\r\n');
    expect(lines[0]).toBe('Look-for,Mean rating (1-4),Ratings,Mr. Brandt: mean,Ms. Okafor: mean');
    expect(lines[1]).toBe('Teacher-led station uses current data,2.5,2,2,3');
    expect(lines[2]).toBe('The collaborative station produces discussion,2,1,,2');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('Plan-health warning,Times,Plans,Teachers');
    expect(lines[5]).toBe('A group never meets the teacher,1,1,Ms. Okafor');
  });
});
