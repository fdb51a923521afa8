import { describe, expect, it } from 'vitest';
import type { PlanBody, PlanRecord } from '../../../shared';
import { boardWarnings, decodePlanBody, groupingChanges, groupingScores, groupStats, teacherMinutes } from '../../../shared';

describe('group board rules', () => {
  it('gives a group its mean and range, counting students without a score apart', () => {
    expect(groupStats(['a', 'b', 'c'], { a: 2, b: 3, c: null })).toEqual({ size: 3, mean: 2.5, min: 2, max: 3, unscored: 1 });
    expect(groupStats([], {})).toEqual({ size: 0, mean: null, min: null, max: null, unscored: 0 });
  });

  it('warns in plain words about small collaborative groups, lopsided sizes and broken rules', () => {
    const groups = [
      { name: 'Group 1', studentIds: ['a', 'b'] },
      { name: 'Group 2', studentIds: ['c', 'd', 'e', 'f', 'g', 'h'] },
    ];
    const names = { a: 'Ana', b: 'Ben', c: 'Cy', d: 'Di' };
    const warnings = boardWarnings(groups, 'mixed', { keepApart: [['a', 'b']], keepTogether: [['a', 'c']] }, names);
    expect(warnings).toContain('Group 1 has 2 students: a collaborative group under 3 cannot hold a discussion.');
    expect(warnings).toContain('Group sizes run from 2 to 6: the largest group will be hard to teach at one table.');
    expect(warnings).toContain('Ana and Ben should be kept apart but are both in Group 1.');
    expect(warnings).toContain('Ana and Cy should be together but are in Group 1 and Group 2.');
    // A small group is fine for targeted teaching.
    expect(boardWarnings([{ name: 'G', studentIds: ['a', 'b'] }], 'similar', { keepApart: [], keepTogether: [] }, names)).toEqual([]);
  });

  it('says who moved up or down by the rank of their group’s mean, whatever the groups are called', () => {
    const before = {
      groups: [
        { name: 'Low', color: '', studentIds: ['a', 'b'] },
        { name: 'High', color: '', studentIds: ['c', 'd'] },
      ],
      scores: { a: 1, b: 1.5, c: 3, d: 3.5 },
    };
    const after = {
      groups: [
        { name: 'G1', studentIds: ['a', 'c'] },
        { name: 'G2', studentIds: ['b', 'd', 'e'] },
      ],
      scores: { a: 1, b: 3, c: 2, d: 3.5, e: 2 },
    };
    const changes = Object.fromEntries(groupingChanges(before, after).map((c) => [c.studentId, c.kind]));
    expect(changes).toEqual({ a: 'same', c: 'down', b: 'up', d: 'same', e: 'new' });
  });

  it('averages each student’s levels on the chosen skills, and adds up teacher minutes in the period', () => {
    const matrix = new Map<string, Map<string, { value: number | null }>>([
      ['a', new Map<string, { value: number | null }>([['k', { value: 2 }], ['j', { value: 3.25 }]])],
      ['b', new Map<string, { value: number | null }>([['k', { value: null }], ['j', { value: null }]])],
    ]);
    expect(groupingScores(matrix, ['a', 'b', 'c'], ['k', 'j'])).toEqual({ a: 2.63, b: null, c: null });
    // Minutes come from each plan's own schedule: one 15-minute round at the teacher's table per group.
    const body = (date: string, groups: string[][]): PlanBody =>
      decodePlanBody({
        dates: [date],
        minutesPerStation: 15,
        transitionMinutes: 0,
        stations: [
          { id: 't', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: {} },
          { id: 'o', name: 'Online', kind: 'online', adult: 'teacher', activities: {} },
        ],
        groups: groups.map((studentIds, i) => ({ id: `g${i}`, name: `Group ${i + 1}`, color: '#123456', studentIds })),
      });
    const plans: Pick<PlanRecord, 'date' | 'body'>[] = [
      { date: '2026-11-10', body: body('2026-11-10', [['a'], ['b']]) },
      { date: '2026-11-12', body: body('2026-11-12', [['a']]) },
      { date: '2026-10-01', body: body('2026-10-01', [['a', 'b']]) },
      { date: '2026-11-12', body: decodePlanBody({}) },
    ];
    expect(Object.fromEntries(teacherMinutes(plans, '2026-11-09', '2026-11-22'))).toEqual({ a: 30, b: 15 });
  });
});
