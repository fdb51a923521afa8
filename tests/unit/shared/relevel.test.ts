import { describe, expect, it } from 'vitest';
import {
  applyProfileValue,
  BUILT_IN_PROFILE_TEMPLATES,
  describePlan,
  planRelevel,
  reverseChanges,
  type AssessmentProfile,
  type LevelledEvidence,
} from '../../../shared/import/profiles';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE, type MasteryScale } from '../../../shared/mastery/scale';

const nwea = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:nwea-map-goals')!;
const iready = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-math')!;
const classes = { c1: { scale: DEFAULT_SCALE, cutScores: DEFAULT_CUT_SCORES } } as Record<string, { scale: MasteryScale; cutScores: typeof DEFAULT_CUT_SCORES }>;
const scaleOf = (id: string) => classes[id];

describe('levelling scale scores through cut scores', () => {
  const rit = (raw: string, profile: Pick<AssessmentProfile, 'scaleScoreCuts'> = nwea) =>
    applyProfileValue(raw, { ...nwea, ...profile }, DEFAULT_SCALE, DEFAULT_CUT_SCORES);
  it('takes the highest cut at or below the score, and keeps the score as written', () => {
    expect(rit('230')).toMatchObject({ ok: true, points: 4, raw: '230' });
    expect(rit('229.9')).toMatchObject({ ok: true, points: 3 });
    expect(rit('215')).toMatchObject({ ok: true, points: 3 });
    expect(rit('185')).toMatchObject({ ok: true, points: 1, raw: '185', reading: '185: at or above the cut 0' });
  });
  it('gives the lowest cut’s level to a score below every cut, and says so', () => {
    const cuts = [{ min: 180, points: 3 }, { min: 170, points: 2 }];
    expect(rit('150', { scaleScoreCuts: cuts })).toMatchObject({ ok: true, points: 2, reading: '150: below the lowest cut 170' });
  });
  it('marks the NWEA template’s placeholder cuts as a draft', () => {
    expect(nwea.cutsDraft).toBe(true);
    expect(nwea.scaleScoreCuts?.map((c) => c.min)).toEqual([230, 215, 200, 0]);
  });
});

const ev = (id: string, raw: string, score: number | null, extra: Partial<LevelledEvidence> = {}): LevelledEvidence => ({
  id,
  classId: 'c1',
  studentId: `s-${id}`,
  skillId: 'k1',
  score,
  raw,
  origin: { profileId: nwea.id },
  ...extra,
});

describe('planRelevel', () => {
  const stored = [
    ev('a', '167', 1),
    ev('b', '185', 1),
    ev('c', '201', 2),
    ev('d', '216', 3),
    ev('e', '231', 4),
  ];
  it('finds the scores a new cut moves, from their kept raw values', () => {
    const lower = { ...nwea, scaleScoreCuts: [{ min: 210, points: 4 }, { min: 190, points: 3 }, { min: 180, points: 2 }, { min: 0, points: 1 }] };
    const plan = planRelevel(stored, lower, scaleOf);
    expect(plan.checked).toBe(5);
    expect(plan.changes.map((c) => [c.id, c.raw, c.from, c.to])).toEqual([
      ['b', '185', 1, 2],
      ['c', '201', 2, 3],
      ['d', '216', 3, 4],
    ]);
    expect(describePlan(plan)).toBe('3 scores change level (3 students).');
  });
  it('finds nothing to change when the table is the one the scores were levelled with', () => {
    const plan = planRelevel(stored, nwea, scaleOf);
    expect(plan.changes).toEqual([]);
    expect(describePlan(plan)).toBe('None of the 5 scores from this profile changes level.');
  });
  it('looks only at this profile’s scores with a raw value, in classes it knows', () => {
    const others = [
      ev('x', '250', 1, { origin: { profileId: 'another' } }),
      ev('y', '250', 1, { origin: undefined }),
      ev('z', '', 1),
      ev('w', '250', 1, { classId: 'gone' }),
    ];
    const plan = planRelevel(others, nwea, scaleOf);
    expect(plan).toEqual({ changes: [], checked: 0, unreadable: [] });
    expect(describePlan(plan)).toBe('No stored scores came through this profile, so none change level.');
  });
  it('re-levels placements against the grade they were imported with', () => {
    const placed = [
      ev('p1', 'Level 6', 2, { origin: { profileId: iready.id, grade: '7' } }),
      ev('p2', 'Level 6', 3, { origin: { profileId: iready.id, grade: '6' } }),
      ev('p3', 'Level 5', 1, { origin: { profileId: iready.id, grade: '7' } }),
    ];
    const stricter = { ...iready, placementPoints: { below1: 1 } };
    const plan = planRelevel(placed, stricter, scaleOf);
    expect(plan.changes.map((c) => [c.id, c.from, c.to])).toEqual([['p1', 2, 1]]);
    expect(describePlan(plan)).toBe('1 score changes level (1 student).');
  });
  it('leaves a score the new table cannot read as it is, and counts it', () => {
    const placed = [ev('p', 'Level 6', 2, { origin: { profileId: iready.id } })];
    const plan = planRelevel(placed, iready, scaleOf);
    expect(plan.changes).toEqual([]);
    expect(plan.unreadable).toHaveLength(1);
    expect(describePlan(plan)).toBe(
      'The 1 score from this profile does not change level. 1 score cannot be read by the new table and keeps its level.',
    );
  });
  it('reverses its changes for Undo', () => {
    const plan = planRelevel([ev('b', '185', 1)], { ...nwea, scaleScoreCuts: [{ min: 180, points: 2 }, { min: 0, points: 1 }] }, scaleOf);
    expect(reverseChanges(plan.changes)).toEqual([{ id: 'b', from: 2, to: 1 }]);
  });
});
