import { describe, expect, it } from 'vitest';
import type { PlanBody, PlanGroup, PlanStation } from '../../../shared';
import { planView } from '../../../renderer/rotations/planView';

const station = (id: string, kind: PlanStation['kind'], more: Partial<PlanStation> = {}): PlanStation => ({
  id,
  name: id,
  kind,
  adult: kind === 'teacher' ? 'teacher' : null,
  activities: {},
  ...more,
});
const group = (id: string, studentIds: string[]): PlanGroup => ({ id, name: id, color: '#123456', studentIds });
const body = (over: Partial<PlanBody> = {}): PlanBody => ({
  model: 'station',
  dates: ['2026-11-24'],
  start: '09:00',
  minutesPerStation: 20,
  transitionMinutes: 2,
  stations: [station('Teacher', 'teacher'), station('Online', 'online'), station('Solo', 'independent')],
  groups: [group('G1', ['a', 'b']), group('G2', ['c']), group('G3', ['d', 'e'])],
  screenLimitPerDay: 40,
  notes: '',
  ...over,
});

describe('planView', () => {
  it('lays the schedule out by round, with every station filled', () => {
    const view = planView(body());
    expect(view.days).toBe(1);
    expect(view.rounds.map((r) => [r.round, r.start, r.end])).toEqual([
      [0, '09:00', '09:20'],
      [1, '09:22', '09:42'],
      [2, '09:44', '10:04'],
    ]);
    expect(view.rounds[0]!.byStation).toEqual({ Teacher: 'G1', Online: 'G3', Solo: 'G2' });
  });

  it('counts minutes per group by kind and screen minutes per student and day', () => {
    const view = planView(body({ periodMinutes: 45 }));
    expect(view.days).toBe(2);
    const g1 = view.groupMinutes.find((g) => g.groupId === 'G1')!;
    expect(g1.minutes).toEqual({ teacher: 20, online: 20, collaborative: 0, independent: 20, offline: 0 });
    expect(g1.screenPerDay.reduce((a, b) => a + b, 0)).toBe(20);
    expect(view.students.find((s) => s.studentId === 'c')!.perDay).toHaveLength(2);
  });

  it('puts warnings before notes, and adds the checks of the model', () => {
    const view = planView(body({ model: 'lab', screenLimitPerDay: 10 }));
    const levels = view.health.map((c) => c.level);
    expect(levels.indexOf('info') === -1 || levels.lastIndexOf('warning') < levels.indexOf('info')).toBe(true);
    expect(view.health.some((c) => c.message.includes('above the class limit of 10'))).toBe(true);
    expect(view.health.some((c) => c.message.includes('not in two rooms yet'))).toBe(true);
  });

  it('says once that no station is led by the teacher', () => {
    const view = planView(body({ stations: [station('Online', 'online'), station('Solo', 'independent')] }));
    expect(view.health.filter((c) => c.message.startsWith('No station is led by the teacher'))).toHaveLength(1);
  });

  it('has no rounds and says what is missing when the plan has no groups', () => {
    const view = planView(body({ groups: [] }));
    expect(view.rounds).toEqual([]);
    expect(view.health.map((c) => c.message)).toContain('Add at least one group.');
  });
});
