import { beforeEach, describe, expect, it } from 'vitest';
import { flattenSkillTree } from '../../../shared';
import { db } from '../../../renderer/db/db';
import { createClass } from '../../../renderer/db/classes';
import { addEvidenceRows } from '../../../renderer/db/evidence';
import {
  addSkill,
  createFramework,
  deleteFramework,
  deleteSkill,
  importSkills,
  listClassSkills,
  listSkills,
  moveClassSkill,
  moveSkill,
  restoreSnapshot,
  setSkillTracked,
  updateSkill,
} from '../../../renderer/db/skills';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const codes = async (frameworkId: string) => flattenSkillTree(await listSkills(frameworkId)).map((r) => `${'-'.repeat(r.depth)}${r.skill.code}`);

describe('skills', () => {
  it('imports rows in any order, resolves parents by code and updates codes already there', async () => {
    const f = await createFramework('Math 6');
    await addSkill(f, { code: '6.RP.A.1', statement: 'old', parentId: null });
    const result = await importSkills(f, [
      { code: '6.RP.A.3a', statement: 'Tables', parentCode: '6.RP.A.3' },
      { code: '6.RP.A.3', statement: 'Reasoning', parentCode: '' },
      { code: '6.RP.A.1', statement: 'Ratio language', parentCode: '' },
    ]);
    expect(result).toEqual({ created: 2, updated: 1 });
    expect(await codes(f)).toEqual(['6.RP.A.1', '6.RP.A.3', '-6.RP.A.3a']);
    expect((await listSkills(f)).find((s) => s.code === '6.RP.A.1')!.statement).toBe('Ratio language');
  });

  it('reorders among siblings and refuses to put a skill under its own sub-skill', async () => {
    const f = await createFramework('Math 6');
    const a = await addSkill(f, { code: 'A', statement: 'a', parentId: null });
    await addSkill(f, { code: 'B', statement: 'b', parentId: null });
    const a1 = await addSkill(f, { code: 'A1', statement: 'a1', parentId: a });
    await moveSkill(a, 1);
    expect(await codes(f)).toEqual(['B', 'A', '-A1']);
    await expect(updateSkill(a, { code: 'A', statement: 'a', parentId: a1 })).rejects.toThrow(/cannot sit under itself/);
  });

  it('deletes a skill with its sub-skills, class places and evidence, and undo restores all of it', async () => {
    const f = await createFramework('Math 6');
    const a = await addSkill(f, { code: 'A', statement: 'a', parentId: null });
    const a1 = await addSkill(f, { code: 'A1', statement: 'a1', parentId: a });
    const b = await addSkill(f, { code: 'B', statement: 'b', parentId: null });
    const classId = await createClass({ name: 'C', subject: '', grade: '', term: '' });
    await setSkillTracked(classId, [a, a1, b], true);
    await addEvidenceRows([
      { id: 'e1', classId, studentId: 's', skillId: a1, score: 3, date: '2026-10-01', source: '', note: '', createdAt: '2026-10-01T00:00:00Z' },
      { id: 'e2', classId, studentId: 's', skillId: b, score: 2, date: '2026-10-01', source: '', note: '', createdAt: '2026-10-01T00:00:00Z' },
    ]);

    const snapshot = await deleteSkill(a);
    expect(snapshot.skills).toHaveLength(2);
    expect(await codes(f)).toEqual(['B']);
    expect((await listClassSkills(classId)).map((c) => c.skillId)).toEqual([b]);
    expect(await db.evidence.count()).toBe(1);

    await restoreSnapshot(snapshot);
    expect(await codes(f)).toEqual(['A', '-A1', 'B']);
    expect((await listClassSkills(classId)).map((c) => c.skillId)).toEqual([a, a1, b]);
    expect(await db.evidence.count()).toBe(2);

    const whole = await deleteFramework(f);
    expect(await db.frameworks.count()).toBe(0);
    await restoreSnapshot(whole);
    expect(await codes(f)).toEqual(['A', '-A1', 'B']);
  });

  it('keeps each class’s own order of tracked skills', async () => {
    const f = await createFramework('Math 6');
    const ids = [];
    for (const code of ['A', 'B', 'C']) ids.push(await addSkill(f, { code, statement: code, parentId: null }));
    const classId = await createClass({ name: 'C', subject: '', grade: '', term: '' });
    await setSkillTracked(classId, ids, true);
    await setSkillTracked(classId, ids, true); // idempotent
    await moveClassSkill(classId, ids[2]!, -1);
    expect((await listClassSkills(classId)).map((c) => c.skillId)).toEqual([ids[0], ids[2], ids[1]]);
    await setSkillTracked(classId, [ids[0]!], false);
    expect((await listClassSkills(classId)).map((c) => c.skillId)).toEqual([ids[2], ids[1]]);
  });
});
