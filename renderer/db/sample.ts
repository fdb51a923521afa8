import { buildSampleClass, type Evidence, type SampleData } from '../../shared';
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

/** The tables clearing the sample deletes from (and Undo writes back to). */
function clearTables() {
  return [...sampleTables(), db.goals, db.checkIns, db.groupings, db.plans, db.reviews, db.comments, db.settings];
}

/** The tables whose rows a clear removes, in the order Undo writes them back. */
const CLEARED = [
  'classes',
  'students',
  'frameworks',
  'skills',
  'enrollments',
  'classSkills',
  'evidence',
  'goals',
  'checkIns',
  'groupings',
  'plans',
  'reviews',
  'comments',
] as const;
type ClearedTable = (typeof CLEARED)[number];

/**
 * The keys of every sample record (classes, students and frameworks marked `sample: 1`) and of
 * everything that hangs off them: enrollments, class skills, evidence, the skills of sample
 * frameworks, and the goals, check-ins, groupings, plans, reviews and comments of sample classes
 * or students. Runs inside a transaction over clearTables().
 */
async function findSampleKeys(): Promise<Record<ClearedTable, string[]>> {
  const classIds = await db.classes.filter((c) => c.sample === 1).primaryKeys();
  const studentIds = await db.students.filter((s) => s.sample === 1).primaryKeys();
  const frameworkIds = await db.frameworks.filter((f) => f.sample === 1).primaryKeys();
  const skillIds = frameworkIds.length ? await db.skills.where('frameworkId').anyOf(frameworkIds).primaryKeys() : [];

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

  const enrollments = await keysFound([
    [classIds, (ids) => db.enrollments.where('classId').anyOf(ids)],
    [studentIds, (ids) => db.enrollments.where('studentId').anyOf(ids)],
  ]);
  const classSkills = await keysFound([
    [classIds, (ids) => db.classSkills.where('classId').anyOf(ids)],
    [skillIds, (ids) => db.classSkills.where('skillId').anyOf(ids)],
  ]);
  const evidence = await keysFound([
    [classIds, (ids) => db.evidence.where('classId').anyOf(ids)],
    [studentIds, (ids) => db.evidence.where('studentId').anyOf(ids)],
    [skillIds, (ids) => db.evidence.where('skillId').anyOf(ids)],
  ]);
  const goals = await keysFound([
    [classIds, (ids) => db.goals.where('classId').anyOf(ids)],
    [studentIds, (ids) => db.goals.where('studentId').anyOf(ids)],
  ]);
  const checkIns = await keysFound([[goals, (ids) => db.checkIns.where('goalId').anyOf(ids)]]);
  const groupings = await keysFound([[classIds, (ids) => db.groupings.where('classId').anyOf(ids)]]);
  const plans = await keysFound([[classIds, (ids) => db.plans.where('classId').anyOf(ids)]]);
  const reviews = await keysFound([[plans, (ids) => db.reviews.where('planId').anyOf(ids)]]);
  const comments = await keysFound([[reviews, (ids) => db.comments.where('reviewId').anyOf(ids)]]);
  return {
    classes: classIds,
    students: studentIds,
    frameworks: frameworkIds,
    skills: skillIds,
    enrollments,
    classSkills,
    evidence,
    goals,
    checkIns,
    groupings,
    plans,
    reviews,
    comments,
  };
}

/**
 * What clearing the sample would delete besides the sample itself: the teacher's own work made
 * on it, and rows in the teacher's own classes that use sample students or skills. Read as
 * stored (older rows may lack a title), so it never fails on what it is about to delete.
 */
export type SampleClearSummary = {
  /** the sample classes' names */
  classes: string[];
  students: number;
  evidence: number;
  plans: string[];
  groupings: string[];
  /** "Coach Rivera on “Tuesday stations”" */
  reviews: string[];
  comments: number;
  goals: string[];
  checkIns: number;
  /** rows of the teacher's own classes that go with sample students or skills */
  ownClasses: { evidence: number; enrollments: number; classSkills: number };
};

const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v.trim() : fallback);
const sorted = (names: string[]) => names.sort((a, b) => a.localeCompare(b));

export async function describeSampleClear(): Promise<SampleClearSummary> {
  return db.transaction('r', clearTables(), async () => {
    const keys = await findSampleKeys();
    const sampleClasses = new Set(keys.classes);
    const classes = (await db.classes.bulkGet(keys.classes)).filter((c) => !!c);
    const plans = (await db.plans.bulkGet(keys.plans)).filter((p) => !!p);
    const planTitle = new Map(plans.map((p) => [p.id, text(p.title, 'Untitled plan')]));
    const reviews = (await db.reviews.bulkGet(keys.reviews)).filter((r) => !!r);
    const evidence = (await db.evidence.bulkGet(keys.evidence)).filter((e) => !!e);
    const enrollments = (await db.enrollments.bulkGet(keys.enrollments)).filter((e) => !!e);
    const classSkills = (await db.classSkills.bulkGet(keys.classSkills)).filter((c) => !!c);
    return {
      classes: classes.map((c) => text(c.name, 'Sample class')),
      students: keys.students.length,
      evidence: evidence.filter((e) => sampleClasses.has(e.classId)).length,
      plans: sorted([...planTitle.values()]),
      groupings: sorted((await db.groupings.bulkGet(keys.groupings)).filter((g) => !!g).map((g) => text(g.name, 'Unnamed grouping'))),
      reviews: sorted(reviews.map((r) => `${text(r.reviewer, 'A reviewer')} on “${planTitle.get(r.planId) ?? 'a plan'}”`)),
      comments: keys.comments.length,
      goals: sorted((await db.goals.bulkGet(keys.goals)).filter((g) => !!g).map((g) => text(g.title, 'Untitled goal'))),
      checkIns: keys.checkIns.length,
      ownClasses: {
        evidence: evidence.filter((e) => !sampleClasses.has(e.classId)).length,
        enrollments: enrollments.filter((e) => !sampleClasses.has(e.classId)).length,
        classSkills: classSkills.filter((c) => !sampleClasses.has(c.classId)).length,
      },
    };
  });
}

/** Every row a clear removed, exactly as stored, for Undo. */
export type ClearedSample = {
  rows: Record<ClearedTable, unknown[]>;
  /** the class the app would open, when it was a sample class */
  lastClassId: string | null;
};

/** Removes every sample record and everything that hangs off them (see findSampleKeys). One transaction: it all goes or nothing does. */
export async function clearSampleData(): Promise<ClearedSample> {
  return db.transaction('rw', clearTables(), async () => {
    const keys = await findSampleKeys();
    const rows = {} as Record<ClearedTable, unknown[]>;
    for (const name of CLEARED) {
      rows[name] = (await db.table(name).bulkGet(keys[name])).filter((r) => r !== undefined);
    }
    for (const name of [...CLEARED].reverse()) {
      if (name === 'evidence') continue;
      await db.table(name).bulkDelete(keys[name]);
    }
    await db.evidence.bulkDelete(keys.evidence);
    await refreshCellsOf(db, rows.evidence as Evidence[]);

    let lastClassId: string | null = null;
    const last = await db.settings.get(SETTING.lastClassId);
    if (typeof last?.value === 'string' && keys.classes.includes(last.value)) {
      lastClassId = last.value;
      await db.settings.delete(SETTING.lastClassId);
    }
    return { rows, lastClassId };
  });
}

/**
 * Undo for clearSampleData: writes back exactly the rows it removed, in one transaction, and
 * rebuilds the derived cells of every class that gets evidence back.
 */
export async function restoreClearedSample(cleared: ClearedSample): Promise<void> {
  await db.transaction('rw', clearTables(), async () => {
    for (const name of CLEARED) {
      if (cleared.rows[name].length) await db.table(name).bulkPut(cleared.rows[name]);
    }
    const classIds = new Set((cleared.rows.evidence as Evidence[]).map((e) => e.classId));
    for (const c of cleared.rows.classes as { id: string }[]) classIds.add(c.id);
    await rebuildClassCells(db, classIds);
    if (cleared.lastClassId && !(await db.settings.get(SETTING.lastClassId))) {
      await db.settings.put({ key: SETTING.lastClassId, value: cleared.lastClassId });
    }
  });
}
