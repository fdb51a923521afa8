import {
  classMastery,
  decodeClass,
  decodeClassSkill,
  decodeFramework,
  decodeSkill,
  descendantIds,
  type CalculationMethod,
  type ClassSkill,
  type Evidence,
  type ClassMasterySettings,
  type Framework,
  type MasteryScale,
  type Skill,
  type SkillFields,
} from '../../shared';
import {
  cutScoresForScale,
  type CanvasOutcomeRow,
} from '../../shared/import/canvasOutcomes';
import { refreshCellsOf } from './cellsRebuild';
import { setClassMastery } from './mastery';
import { db, newId } from './db';

export async function listFrameworks(): Promise<Framework[]> {
  return (await db.frameworks.toArray()).map(decodeFramework).sort((a, b) => a.title.localeCompare(b.title));
}

export async function createFramework(title: string, creator = ''): Promise<string> {
  const id = newId();
  await db.frameworks.add({ id, title: title.trim(), creator: creator.trim(), identifier: '' });
  return id;
}

export async function renameFramework(id: string, title: string): Promise<void> {
  await db.frameworks.update(id, { title: title.trim() });
}

export async function listSkills(frameworkId: string): Promise<Skill[]> {
  return (await db.skills.where('frameworkId').equals(frameworkId).toArray()).map(decodeSkill);
}

async function nextOrder(frameworkId: string, parentId: string | null): Promise<number> {
  const siblings = (await listSkills(frameworkId)).filter((s) => s.parentId === parentId);
  return siblings.reduce((max, s) => Math.max(max, s.order + 1), 0);
}

export async function addSkill(frameworkId: string, fields: SkillFields): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.skills, async () => {
    const order = await nextOrder(frameworkId, fields.parentId);
    await db.skills.add({ id, frameworkId, order, ...fields });
  });
  return id;
}

export async function updateSkill(id: string, fields: SkillFields): Promise<void> {
  await db.transaction('rw', db.skills, async () => {
    const skill = await db.skills.get(id);
    if (!skill) throw new Error('That skill is no longer there: it may have been deleted.');
    if (fields.parentId && descendantIds(await listSkills(skill.frameworkId), id).has(fields.parentId)) {
      throw new Error('A skill cannot sit under itself or one of its own sub-skills: pick another parent.');
    }
    const changes: Partial<Skill> = { ...fields };
    if (fields.parentId !== skill.parentId) changes.order = await nextOrder(skill.frameworkId, fields.parentId);
    await db.skills.update(id, changes);
  });
}

/** Moves a skill one place up (-1) or down (+1) among its siblings. */
export async function moveSkill(id: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.skills, async () => {
    const skill = await db.skills.get(id);
    if (!skill) return;
    const siblings = (await listSkills(skill.frameworkId))
      .filter((s) => s.parentId === skill.parentId)
      .sort((a, b) => a.order - b.order);
    const at = siblings.findIndex((s) => s.id === id);
    const other = siblings[at + delta];
    if (!other) return;
    siblings[at] = other;
    siblings[at + delta] = skill;
    // Renumber all siblings: earlier imports may have left gaps or ties.
    await db.skills.bulkUpdate(siblings.map((s, i) => ({ key: s.id, changes: { order: i } })));
  });
}

/** Everything a delete removed, so undo can put it back exactly. */
export type SkillSnapshot = { frameworks: Framework[]; skills: Skill[]; classSkills: ClassSkill[]; evidence: Evidence[] };

async function removeSkills(ids: string[]): Promise<SkillSnapshot> {
  const skills = (await db.skills.bulkGet(ids)).filter((s): s is Skill => !!s);
  const classSkills = await db.classSkills.where('skillId').anyOf(ids).toArray();
  const evidence = await db.evidence.where('skillId').anyOf(ids).toArray();
  await db.skills.bulkDelete(ids);
  await db.classSkills.bulkDelete(classSkills.map((c) => c.id));
  await db.evidence.bulkDelete(evidence.map((e) => e.id));
  await refreshCellsOf(db, evidence);
  return { frameworks: [], skills, classSkills, evidence };
}

/** Deletes the skill, its sub-skills, their place in classes and their evidence. */
export async function deleteSkill(id: string): Promise<SkillSnapshot> {
  return db.transaction('rw', [db.skills, db.classSkills, db.evidence, db.cells, db.classStamps], async () => {
    const skill = await db.skills.get(id);
    if (!skill) return { frameworks: [], skills: [], classSkills: [], evidence: [] };
    const ids = [...descendantIds(await listSkills(skill.frameworkId), id)];
    return removeSkills(ids);
  });
}

export async function deleteFramework(id: string): Promise<SkillSnapshot> {
  return db.transaction('rw', [db.frameworks, db.skills, db.classSkills, db.evidence, db.cells, db.classStamps], async () => {
    const framework = await db.frameworks.get(id);
    const ids = (await listSkills(id)).map((s) => s.id);
    const snapshot = await removeSkills(ids);
    await db.frameworks.delete(id);
    return { ...snapshot, frameworks: framework ? [framework] : [] };
  });
}

export async function restoreSnapshot(snapshot: SkillSnapshot): Promise<void> {
  await db.transaction('rw', [db.frameworks, db.skills, db.classSkills, db.evidence, db.cells, db.classStamps], async () => {
    await db.frameworks.bulkPut(snapshot.frameworks);
    await db.skills.bulkPut(snapshot.skills);
    await db.classSkills.bulkPut(snapshot.classSkills);
    await db.evidence.bulkPut(snapshot.evidence);
    await refreshCellsOf(db, snapshot.evidence);
  });
}

export type SkillImportRow = { code: string; statement: string; parentCode: string };

/**
 * Writes accepted skill rows in one transaction. A code already in the framework is updated,
 * not duplicated; parents are resolved by code once every row is in.
 */
export async function importSkills(
  frameworkId: string,
  rows: SkillImportRow[],
): Promise<{ created: number; updated: number }> {
  return db.transaction('rw', db.skills, async () => {
    const existing = await listSkills(frameworkId);
    const byCode = new Map(existing.map((s) => [s.code, s]));
    const orderOf = new Map<string | null, number>();
    for (const s of existing) orderOf.set(s.parentId, Math.max(orderOf.get(s.parentId) ?? 0, s.order + 1));
    let created = 0;
    let updated = 0;
    const touched: Skill[] = [];
    for (const row of rows) {
      const found = byCode.get(row.code);
      if (found) {
        found.statement = row.statement;
        touched.push(found);
        updated++;
      } else {
        const skill: Skill = { id: newId(), frameworkId, code: row.code, statement: row.statement, parentId: null, order: 0 };
        byCode.set(row.code, skill);
        touched.push(skill);
        created++;
      }
    }
    for (const [i, row] of rows.entries()) {
      const skill = touched[i]!;
      const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
      const parentId = parent && parent.id !== skill.id ? parent.id : skill.parentId;
      if (parentId !== skill.parentId || !existing.includes(skill)) {
        skill.parentId = parentId ?? null;
        skill.order = orderOf.get(skill.parentId) ?? 0;
        orderOf.set(skill.parentId, skill.order + 1);
      }
    }
    await db.skills.bulkPut(touched);
    return { created, updated };
  });
}

// --- which skills a class tracks, and in what order ---

export async function listClassSkills(classId: string): Promise<ClassSkill[]> {
  return (await db.classSkills.where('classId').equals(classId).toArray()).map(decodeClassSkill).sort((a, b) => a.order - b.order);
}

export async function setSkillTracked(classId: string, skillIds: string[], tracked: boolean): Promise<void> {
  await db.transaction('rw', db.classSkills, db.skills, async () => {
    const current = await listClassSkills(classId);
    if (tracked) {
      const have = new Set(current.map((c) => c.skillId));
      let order = current.reduce((max, c) => Math.max(max, c.order + 1), 0);
      const adding = skillIds.filter((id) => !have.has(id));
      // A skill whose source gives it a method (a Canvas outcome) brings it along as its own in this class.
      const methodOf = new Map<string, CalculationMethod>();
      for (const skill of await db.skills.bulkGet(adding)) {
        const method = skill && decodeSkill(skill).method;
        if (method) methodOf.set(skill.id, method);
      }
      const add = adding.map((skillId): ClassSkill => {
        const method = methodOf.get(skillId);
        return method ? { id: newId(), classId, skillId, order: order++, method } : { id: newId(), classId, skillId, order: order++ };
      });
      await db.classSkills.bulkAdd(add);
    } else {
      const drop = new Set(skillIds);
      await db.classSkills.bulkDelete(current.filter((c) => drop.has(c.skillId)).map((c) => c.id));
    }
  });
}

export async function moveClassSkill(classId: string, skillId: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.classSkills, async () => {
    const list = await listClassSkills(classId);
    const at = list.findIndex((c) => c.skillId === skillId);
    const other = list[at + delta];
    if (at < 0 || !other) return;
    list[at + delta] = list[at]!;
    list[at] = other;
    await db.classSkills.bulkUpdate(list.map((c, i) => ({ key: c.id, changes: { order: i } })));
  });
}

// --- reads for the skills screens ---

/** One framework by id; undefined when there is none. */
export function getFramework(frameworkId: string): Promise<Framework | undefined> {
  return db.frameworks.get(frameworkId).then((f) => f && decodeFramework(f));
}

/** The frameworks already imported from the CASE package with this identifier (none for ''). */
export async function frameworksWithIdentifier(identifier: string): Promise<Framework[]> {
  return identifier ? (await db.frameworks.toArray()).filter((f) => f.identifier === identifier).map(decodeFramework) : [];
}

/** Every skill of every framework. */
export function listAllSkills(): Promise<Skill[]> {
  return db.skills.toArray().then((all) => all.map(decodeSkill));
}

// --- Canvas outcomes ---

/** One accepted row of a Canvas outcomes CSV, as the importer writes it. */
export type CanvasOutcomeImportRow = Pick<
  CanvasOutcomeRow,
  'guid' | 'kind' | 'code' | 'statement' | 'parentGuid' | 'method' | 'scale'
>;

/**
 * A new framework from a Canvas outcomes CSV, in one transaction: groups become headings, outcomes
 * skills under them with their own method and rating scale. Rows come in file order; a parent may
 * come after its child.
 */
export async function importCanvasOutcomes(
  title: string,
  rows: CanvasOutcomeImportRow[],
): Promise<{ frameworkId: string; created: number }> {
  return db.transaction('rw', db.frameworks, db.skills, async () => {
    const frameworkId = newId();
    await db.frameworks.add({ id: frameworkId, title: title.trim() || 'Canvas outcomes', creator: '', identifier: '' });
    const idOf = new Map<string, string>();
    for (const row of rows) if (!idOf.has(row.guid)) idOf.set(row.guid, newId());
    const nextOrder = new Map<string | null, number>();
    const records: Skill[] = [];
    const written = new Set<string>();
    for (const row of rows) {
      const id = idOf.get(row.guid)!;
      if (written.has(id)) continue;
      written.add(id);
      const parent = row.parentGuid ? idOf.get(row.parentGuid) : undefined;
      const parentId = parent && parent !== id ? parent : null;
      const order = nextOrder.get(parentId) ?? 0;
      nextOrder.set(parentId, order + 1);
      const skill: Skill = { id, frameworkId, code: row.code, statement: row.statement, parentId, order, sourceId: row.guid };
      if (row.kind === 'group') skill.heading = 1;
      if (row.method) skill.method = row.method;
      if (row.scale) skill.scale = row.scale;
      records.push(skill);
    }
    await db.skills.bulkAdd(records);
    return { frameworkId, created: records.length };
  });
}

/**
 * Makes `scale` the class's scale, with cut scores that fit it, keeping the class's method; gives
 * back the settings from before, for undo.
 */
export async function applyScaleToClass(classId: string, scale: MasteryScale): Promise<ClassMasterySettings> {
  return db.transaction('rw', db.classes, async () => {
    const cls = await db.classes.get(classId);
    if (!cls) throw new Error('That class is no longer there: it may have been deleted.');
    const before = classMastery(decodeClass(cls));
    await setClassMastery(classId, { ...before, scale, cutScores: cutScoresForScale(scale) });
    return before;
  });
}

/** The frameworks that already hold skills imported from any of these source ids (a Canvas file imported before). */
export async function frameworksWithSources(sourceIds: readonly string[]): Promise<Framework[]> {
  if (sourceIds.length === 0) return [];
  const wanted = new Set(sourceIds);
  const ids = new Set<string>();
  await db.skills.each((s) => {
    if (s.sourceId !== undefined && wanted.has(s.sourceId)) ids.add(s.frameworkId);
  });
  return (await db.frameworks.bulkGet([...ids])).filter((f): f is Framework => !!f).map(decodeFramework);
}
