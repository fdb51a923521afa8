import { describe, expect, it } from 'vitest';
import { classMastery, DEFAULT_METHOD, DEFAULT_SCALE, levelDistribution, masteryMatrix, skillsBelowMastery, type Evidence } from '../../../shared';

let n = 0;
const ev = (studentId: string, skillId: string, score: number | null, date: string): Evidence => ({
  id: `e${++n}`,
  classId: 'c',
  studentId,
  skillId,
  score,
  date,
  source: '',
  note: '',
  createdAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
});

describe('masteryMatrix', () => {
  it('rolls up each student and skill with the class method, in date then entry order', () => {
    // Entered out of date order: the matrix must order by date, then by when each was entered.
    const evidence = [ev('s1', 'k1', 4, '2026-10-03'), ev('s1', 'k1', 2, '2026-10-01'), ev('s1', 'k1', 3, '2026-10-01')];
    const m = masteryMatrix({ studentIds: ['s1', 's2'], skillIds: ['k1'], evidence, scale: DEFAULT_SCALE, method: DEFAULT_METHOD });
    // 2, 3 (same day, entry order), then 4: decaying 65 -> 3.53
    expect(m.get('s1')!.get('k1')).toEqual({ value: 3.53, count: 3, last: '2026-10-03' });
    expect(m.get('s2')!.get('k1')).toEqual({ value: null, count: 0, last: null });
  });

  it('uses a skill’s own method over the class method, and ignores students and skills not asked for', () => {
    const evidence = [ev('s1', 'k1', 1, '2026-10-01'), ev('s1', 'k1', 4, '2026-10-02'), ev('s1', 'k2', 2, '2026-10-02'), ev('x', 'k1', 4, '2026-10-02'), ev('s1', 'gone', 4, '2026-10-02')];
    const m = masteryMatrix({
      studentIds: ['s1'],
      skillIds: ['k1', 'k2'],
      evidence,
      scale: DEFAULT_SCALE,
      method: { kind: 'average' },
      skillMethods: { k1: { kind: 'highest' } },
    });
    expect(m.get('s1')!.get('k1')!.value).toBe(4);
    expect(m.get('s1')!.get('k2')!.value).toBe(2);
    expect([...m.keys()]).toEqual(['s1']);
    expect([...m.get('s1')!.keys()]).toEqual(['k1', 'k2']);
  });

  it('counts students per level and who is below mastery', () => {
    const evidence = [ev('a', 'k', 4, '2026-10-01'), ev('b', 'k', 3, '2026-10-01'), ev('c', 'k', 1.5, '2026-10-01'), ev('c', 'j', 2, '2026-10-01')];
    const m = masteryMatrix({ studentIds: ['a', 'b', 'c', 'd'], skillIds: ['k', 'j'], evidence, scale: DEFAULT_SCALE, method: { kind: 'latest' } });
    expect(levelDistribution(m, 'k', DEFAULT_SCALE)).toEqual({ counts: [1, 1, 0, 1], none: 1 });
    expect(skillsBelowMastery(m.get('c'), DEFAULT_SCALE)).toEqual(['k', 'j']);
    expect(skillsBelowMastery(m.get('d'), DEFAULT_SCALE)).toEqual([]);
  });

  it('gives a class without settings the defaults', () => {
    expect(classMastery({}).method).toEqual(DEFAULT_METHOD);
    expect(classMastery(undefined).scale).toEqual(DEFAULT_SCALE);
  });
});
