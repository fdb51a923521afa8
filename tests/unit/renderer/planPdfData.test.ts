import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, type PlanGroup, type RotationSlot } from '../../../shared';
import { daySpans, groupEvidence, num, scoreWords } from '../../../renderer/rotations/pdf/planPdfData';

const group = (id: string, studentIds: string[], need?: number): PlanGroup => ({
  id,
  name: `Group ${id}`,
  color: '#336699',
  studentIds,
  ...(need !== undefined ? { need } : {}),
});

describe('groupEvidence', () => {
  const source = {
    names: { a: 'Zoë Lindqvist', b: 'Amara Okafor', c: 'Hana Kim' },
    scores: { a: 2, b: 3, c: null },
    skillIds: ['s1', 's2'],
    summaries: { a: { s1: 2, s2: 1 }, b: { s1: 4, s2: null }, c: { s1: 3 } },
  };

  it('lists each group’s students by name with their grouping score and current level per skill', () => {
    const [g] = groupEvidence([group('1', ['a', 'b', 'c'])], source);
    expect(g!.students).toEqual([
      { id: 'b', name: 'Amara Okafor', score: 3, skills: [4, null] },
      { id: 'c', name: 'Hana Kim', score: null, skills: [3, null] },
      { id: 'a', name: 'Zoë Lindqvist', score: 2, skills: [2, 1] },
    ]);
  });

  it('takes the group mean over the scored students only, and each skill’s mean the same way', () => {
    const [g] = groupEvidence([group('1', ['a', 'b', 'c'])], source);
    expect(g!.mean).toBe(2.5);
    expect(g!.skillMeans).toEqual([3, 1]);
  });

  it('falls back to the plan’s need when no student has a score, and names students who left', () => {
    const [g, empty] = groupEvidence([group('1', ['x'], 1.75), group('2', [])], { ...source, scores: {} });
    expect(g!.mean).toBe(1.75);
    expect(g!.students[0]!.name).toBe('A student who left');
    expect(g!.skillMeans).toEqual([null, null]);
    expect(empty).toMatchObject({ students: [], mean: null });
  });
});

describe('scoreWords', () => {
  it('says the level with the score, so it reads without colour', () => {
    expect(scoreWords(2.456, DEFAULT_SCALE)).toBe('2.46 Approaching');
    expect(scoreWords(4, DEFAULT_SCALE)).toBe('4 Exceeds');
    expect(scoreWords(null, DEFAULT_SCALE)).toBe('—');
    expect(scoreWords(Number.NaN, DEFAULT_SCALE)).toBe('—');
    expect(num(3)).toBe('3');
  });
});

describe('daySpans', () => {
  const slot = (day: number, round: number, start: string, end: string): RotationSlot => ({
    day,
    round,
    start,
    end,
    stationId: 's',
    groupId: 'g',
  });

  it('runs from the first start to the last end of each day, in day order', () => {
    expect(
      daySpans([slot(0, 1, '09:17', '09:32'), slot(0, 0, '09:00', '09:15'), slot(1, 2, '10:00', '10:20'), slot(1, 3, '10:22', '10:42')]),
    ).toEqual(['09:00–09:32', '10:00–10:42']);
  });

  it('is empty without a schedule', () => {
    expect(daySpans([])).toEqual([]);
  });
});
