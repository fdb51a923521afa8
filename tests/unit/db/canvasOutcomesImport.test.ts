import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classMastery, decodeClass, flattenSkillTree, percentToPoints } from '../../../shared';
import { parseCanvasOutcomes } from '../../../shared/import/canvasOutcomes';
import { db } from '../../../renderer/db/db';
import { createClass } from '../../../renderer/db/classes';
import { setClassMastery } from '../../../renderer/db/mastery';
import {
  applyScaleToClass,
  frameworksWithSources,
  importCanvasOutcomes,
  listClassSkills,
  listSkills,
  setSkillTracked,
} from '../../../renderer/db/skills';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const CSV = [
  'vendor_guid,object_type,title,description,display_name,calculation_method,calculation_int,workflow_state,parent_guids,mastery_points,ratings,,,,,,,,,',
  // The outcome comes before its group, and names two groups: it sits in the deeper one.
  'o1,outcome,Unit rates,,6.RP.A.2,n_mastery,2,active,g1 g2,3,4,Exceeds Mastery,3,Mastery,2,Near Mastery,1,Below Mastery,0,No Evidence',
  'g1,group,Math 6,,,,,active,,,',
  'g2,group,Ratios,,,,,active,g1,,',
  'o2,outcome,Equations,,6.EE.B.7,decaying_average,70,active,g1,3,4,Exceeds Mastery,3,Mastery,2,Near Mastery,1,Below Mastery,0,No Evidence',
  'o3,outcome,Old,,,latest,,deleted,g1,,',
].join('\n');

describe('importCanvasOutcomes', () => {
  it('writes the tree with each outcome’s method and scale, and a class that tracks them takes their methods', async () => {
    const preview = parseCanvasOutcomes(CSV, 'outcomes.csv');
    const { frameworkId, created } = await importCanvasOutcomes('Canvas', preview.rows.filter((r) => r.accepted));
    expect(created).toBe(4);
    const skills = await listSkills(frameworkId);
    expect(flattenSkillTree(skills).map((r) => `${'-'.repeat(r.depth)}${r.skill.code}`)).toEqual([
      'Math 6',
      '-Ratios',
      '--6.RP.A.2',
      '-6.EE.B.7',
    ]);
    const byCode = new Map(skills.map((s) => [s.code, s]));
    expect(byCode.get('Math 6')).toMatchObject({ heading: 1, sourceId: 'g1' });
    expect(byCode.get('Math 6')!.method).toBeUndefined();
    expect(byCode.get('6.RP.A.2')).toMatchObject({ sourceId: 'o1', method: { kind: 'n_mastery', n: 2 } });
    expect(byCode.get('6.RP.A.2')!.heading).toBeUndefined();
    expect(byCode.get('6.EE.B.7')).toMatchObject({ method: { kind: 'weighted_average', weight: 70 } });
    expect(byCode.get('6.EE.B.7')!.scale?.levels.map((l) => l.points)).toEqual([4, 3, 2, 1, 0]);

    const classId = await createClass({ name: 'Math 6A', subject: '', grade: '', term: '' });
    await setSkillTracked(classId, skills.map((s) => s.id), true);
    const methods = new Map((await listClassSkills(classId)).map((c) => [c.skillId, c.method]));
    expect(methods.get(byCode.get('6.RP.A.2')!.id)).toEqual({ kind: 'n_mastery', n: 2 });
    expect(methods.get(byCode.get('6.EE.B.7')!.id)).toEqual({ kind: 'weighted_average', weight: 70 });
    expect(methods.get(byCode.get('Math 6')!.id)).toBeUndefined();

    // The same file again is recognised by its vendor_guids.
    expect((await frameworksWithSources(['o2', 'nope'])).map((f) => f.title)).toEqual(['Canvas']);
    expect(await frameworksWithSources(['nope'])).toEqual([]);
  });

  it('writes nothing when the skills cannot be written: the framework does not stay behind alone', async () => {
    const preview = parseCanvasOutcomes(CSV, 'outcomes.csv');
    const write = vi.spyOn(db.skills, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importCanvasOutcomes('Canvas', preview.rows.filter((r) => r.accepted))).rejects.toThrow();
    write.mockRestore();
    expect(await db.frameworks.count()).toBe(0);
    expect(await db.skills.count()).toBe(0);
  });
});

describe('applyScaleToClass', () => {
  it('rates the class on the outcomes’ scale with cut scores that fit it, keeps its method, and gives back what was there', async () => {
    const preview = parseCanvasOutcomes(CSV, 'outcomes.csv');
    const scale = preview.rows.find((r) => r.guid === 'o1')!.scale!;
    const classId = await createClass({ name: 'Math 6A', subject: '', grade: '', term: '' });
    const before = await applyScaleToClass(classId, scale);
    const after = classMastery(decodeClass((await db.classes.get(classId))!));
    expect(after.scale).toEqual(scale);
    expect(after.method).toEqual(before.method);
    expect(after.cutScores.map((c) => c.minPercent)).toEqual([100, 75, 50, 25, 0]);
    expect(percentToPoints(80, after.cutScores)).toBe(3);
    await setClassMastery(classId, before);
    expect(classMastery(decodeClass((await db.classes.get(classId))!)).scale.levels).toHaveLength(4);
  });
});
