import { buildSampleClass, type SampleData } from '../../shared';
import { rebuildClassCells, refreshCellsOf } from './cellsRebuild';
import { db, newId } from './db';
import { SETTING } from './settings';

/** The tables the sample writes to. */
function sampleTables() {
  return [db.classes, db.students, db.enrollments, db.frameworks, db.skills, db.classSkills, db.evidence, db.cells, db.classStamps];
}

/** Today in the teacher's own time zone, as 'YYYY-MM-DD'. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Writes the sample; must run inside a transaction over sampleTables(). */
async function writeSample(data: SampleData): Promise<void> {
  await db.classes.add(data.classRecord);
  await db.students.bulkAdd(data.students);
  await db.enrollments.bulkAdd(data.enrollments);
  await db.frameworks.add(data.framework);
  await db.skills.bulkAdd(data.skills);
  await db.classSkills.bulkAdd(data.classSkills);
  await db.evidence.bulkAdd(data.evidence);
  await rebuildClassCells(db, [data.classRecord.id]);
}

/** Loads a fresh copy of the sample class (new ids each time); all of it lands or none does. */
export async function loadSampleClass(today: string = localToday()): Promise<string> {
  const data = buildSampleClass(today, newId);
  await db.transaction('rw', sampleTables(), () => writeSample(data));
  return data.classRecord.id;
}

/**
 * On the very first start, loads the sample class and remembers that it did, in one transaction:
 * a second call (or a reload half-way) never loads it twice.
 */
export async function ensureFirstRun(today: string = localToday()): Promise<void> {
  await db.transaction('rw', [...sampleTables(), db.settings], async () => {
    const done = await db.settings.get(SETTING.firstRunDone);
    if (done?.value) return;
    const data = buildSampleClass(today, newId);
    await writeSample(data);
    await db.settings.put({ key: SETTING.firstRunDone, value: true });
    if (!(await db.settings.get(SETTING.lastClassId))) {
      await db.settings.put({ key: SETTING.lastClassId, value: data.classRecord.id });
    }
  });
}

/**
 * Removes every sample record (classes, students and frameworks marked `sample: 1`) and
 * everything that hangs off them: enrollments, class skills, evidence, the skills of sample
 * frameworks, and the goals, check-ins, groupings, plans, reviews and comments of sample classes
 * or students. One transaction: it all goes or nothing does.
 */
export async function clearSampleData(): Promise<void> {
  await db.transaction(
    'rw',
    [...sampleTables(), db.goals, db.checkIns, db.groupings, db.plans, db.reviews, db.comments, db.settings],
    async () => {
      const classIds = await db.classes.filter((c) => c.sample === 1).primaryKeys();
      const studentIds = await db.students.filter((s) => s.sample === 1).primaryKeys();
      const frameworkIds = await db.frameworks.filter((f) => f.sample === 1).primaryKeys();
      const skillIds = frameworkIds.length
        ? await db.skills.where('frameworkId').anyOf(frameworkIds).primaryKeys()
        : [];

      // The keys of every row that any of the queries finds (a query is skipped when it has no ids).
      const keysFound = async (
        pairs: [ids: string[], query: (ids: string[]) => { primaryKeys(): PromiseLike<string[]> }][],
      ): Promise<string[]> => {
        const keys = new Set<string>();
        for (const [ids, query] of pairs) {
          if (ids.length === 0) continue;
          for (const k of await query(ids).primaryKeys()) keys.add(k);
        }
        return [...keys];
      };

      const enrollmentIds = await keysFound([
        [classIds, (ids) => db.enrollments.where('classId').anyOf(ids)],
        [studentIds, (ids) => db.enrollments.where('studentId').anyOf(ids)],
      ]);
      const classSkillIds = await keysFound([
        [classIds, (ids) => db.classSkills.where('classId').anyOf(ids)],
        [skillIds, (ids) => db.classSkills.where('skillId').anyOf(ids)],
      ]);
      const evidenceIds = await keysFound([
        [classIds, (ids) => db.evidence.where('classId').anyOf(ids)],
        [studentIds, (ids) => db.evidence.where('studentId').anyOf(ids)],
        [skillIds, (ids) => db.evidence.where('skillId').anyOf(ids)],
      ]);
      const goalIds = await keysFound([
        [classIds, (ids) => db.goals.where('classId').anyOf(ids)],
        [studentIds, (ids) => db.goals.where('studentId').anyOf(ids)],
      ]);
      const checkInIds = await keysFound([[goalIds, (ids) => db.checkIns.where('goalId').anyOf(ids)]]);
      const groupingIds = await keysFound([[classIds, (ids) => db.groupings.where('classId').anyOf(ids)]]);
      const planIds = await keysFound([[classIds, (ids) => db.plans.where('classId').anyOf(ids)]]);
      const reviewIds = await keysFound([[planIds, (ids) => db.reviews.where('planId').anyOf(ids)]]);
      const commentIds = await keysFound([[reviewIds, (ids) => db.comments.where('reviewId').anyOf(ids)]]);

      await db.comments.bulkDelete(commentIds);
      await db.reviews.bulkDelete(reviewIds);
      await db.plans.bulkDelete(planIds);
      await db.groupings.bulkDelete(groupingIds);
      await db.checkIns.bulkDelete(checkInIds);
      await db.goals.bulkDelete(goalIds);
      const touched = await db.evidence.bulkGet(evidenceIds);
      await db.evidence.bulkDelete(evidenceIds);
      await refreshCellsOf(db, touched.filter((e) => !!e));
      await db.classSkills.bulkDelete(classSkillIds);
      await db.enrollments.bulkDelete(enrollmentIds);
      await db.skills.bulkDelete(skillIds);
      await db.frameworks.bulkDelete(frameworkIds);
      await db.students.bulkDelete(studentIds);
      await db.classes.bulkDelete(classIds);

      const last = await db.settings.get(SETTING.lastClassId);
      if (typeof last?.value === 'string' && classIds.includes(last.value))
        await db.settings.delete(SETTING.lastClassId);
    },
  );
}
