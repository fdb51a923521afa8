import type { ClassRecord, Enrollment, Skill, Student } from '../../shared';
import type {
  ClassOnFile,
  EnrollmentOnFile,
  RosterSnapshot,
  RosterSyncPlan,
  StudentOnFile,
} from '../../shared/import/oneRoster/resync';
import { db, newId, nowIso } from './db';
import { revOf } from './conflicts';
import { nextTask } from './nextTask';

// Writes for the imports from school systems: roster exports (OneRoster, School Data Sync) and CASE frameworks.

/** Rows read or written at a time: between slices the window gets to paint. */
const SLICE = 5000;

/** Every row of a table, read a slice at a time by primary key (one getAll of 100,000 rows holds the window still). */
async function readPaged<T extends { id: string }, R>(table: { where(index: string): { above(key: string): { limit(n: number): { toArray(): Promise<T[]> } } }; limit(n: number): { toArray(): Promise<T[]> } }, map: (row: T) => R): Promise<R[]> {
  const out: R[] = [];
  let page = await table.limit(SLICE).toArray();
  while (page.length > 0) {
    for (const row of page) out.push(map(row));
    if (page.length < SLICE) break;
    page = await table.where(':id').above(page[page.length - 1]!.id).limit(SLICE).toArray();
  }
  return out;
}

/**
 * What a roster export is matched against, as plain data for the import worker: every class,
 * every student (the fields matching reads) and the enrollments of classes that came from a
 * school system or could be matched by name. One read per import, in slices; never per row.
 */
export async function readRosterSnapshot(): Promise<RosterSnapshot> {
  return db.transaction('r', db.classes, db.students, db.enrollments, async () => {
    const classes = await readPaged<ClassRecord, ClassOnFile>(db.classes as never, (c) => ({
      id: c.id,
      sourcedId: c.sourcedId,
      name: c.name,
      subject: c.subject ?? '',
      grade: c.grade ?? '',
      term: c.term ?? '',
      termStart: c.termStart,
      termEnd: c.termEnd,
      archived: c.archived ?? 0,
      sample: c.sample,
    }));
    const students = await readPaged<Student, StudentOnFile>(db.students as never, (s) => ({
      id: s.id,
      sourcedId: s.sourcedId,
      givenName: s.givenName,
      familyName: s.familyName,
      preferredName: s.preferredName ?? '',
      studentNumber: s.studentNumber ?? '',
      email: s.email ?? '',
    }));
    const syncable = classes.filter((c) => c.sample !== 1).map((c) => c.id);
    const enrollments: EnrollmentOnFile[] = [];
    for (let at = 0; at < syncable.length; at += SLICE) {
      const rows = await db.enrollments.where('classId').anyOf(syncable.slice(at, at + SLICE)).toArray();
      for (const e of rows) enrollments.push({ id: e.id, classId: e.classId, studentId: e.studentId, archived: e.archived ?? 0, endedOn: e.endedOn });
    }
    return { classes, students, enrollments };
  });
}

/** What a roster sync changed, so that Undo can put it back. Plain data: it outlives the screen. */
export type RosterSyncUndo = {
  addedClassIds: string[];
  addedStudentIds: string[];
  addedEnrollmentIds: string[];
  classChanges: { id: string; before: Partial<ClassRecord> }[];
  studentChanges: { id: string; before: Partial<Student> }[];
  enrollmentChanges: { id: string; before: Pick<Enrollment, 'archived' | 'endedOn'> }[];
};

export type RosterSyncResult = {
  classIds: string[];
  newClasses: number;
  updatedClasses: number;
  newStudents: number;
  updatedStudents: number;
  joined: number;
  left: number;
  undo: RosterSyncUndo;
};

/** Stopped by the teacher while writing: the transaction is rolled back, nothing lands. */
export class SyncStopped extends Error {
  constructor() {
    super('Stopped: nothing was imported.');
    this.name = 'SyncStopped';
  }
}

const pick = <T extends object>(record: T, keys: string[]): Partial<T> => {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (record as Record<string, unknown>)[k];
  return out as Partial<T>;
};

const CLASS_FIELD: Record<string, keyof ClassRecord> = {
  name: 'name',
  subject: 'subject',
  grade: 'grade',
  term: 'term',
  'term start': 'termStart',
  'term end': 'termEnd',
  'school system id': 'sourcedId',
};
const STUDENT_FIELD: Record<string, keyof Student> = {
  'first name': 'givenName',
  'last name': 'familyName',
  'preferred name': 'preferredName',
  'student ID': 'studentNumber',
  'e-mail': 'email',
  'school system id': 'sourcedId',
};

/**
 * Writes a planned roster sync (see planRosterSync) in ONE transaction, in slices so the window
 * keeps painting and `onProgress` can say how far it is: all of it lands or none of it does.
 * The plan's matches are checked again inside it: a class or student it would update that was
 * deleted since the preview refuses the whole import. `shouldStop` is asked between slices.
 */
export async function applyRosterSync(
  plan: RosterSyncPlan,
  onProgress: (fraction: number) => void = () => {},
  shouldStop: () => boolean = () => false,
): Promise<RosterSyncResult> {
  return db.transaction('rw', db.classes, db.students, db.enrollments, async () => {
    const undo: RosterSyncUndo = { addedClassIds: [], addedStudentIds: [], addedEnrollmentIds: [], classChanges: [], studentChanges: [], enrollmentChanges: [] };
    const now = nowIso();
    const today = now.slice(0, 10);
    const work = plan.classes.length + plan.students.length + plan.enroll.length + 1;
    let done = 0;
    const step = (n: number) => {
      if (shouldStop()) throw new SyncStopped();
      done += n;
      onProgress(Math.min(1, done / work));
    };

    // Classes.
    const classIdOf = new Map<string, string>();
    const matchedClasses = plan.classes.filter((c) => c.classId !== null);
    const storedClasses = await db.classes.bulkGet(matchedClasses.map((c) => c.classId!));
    const newClasses: ClassRecord[] = [];
    const classUpdates: { key: string; changes: Partial<ClassRecord> }[] = [];
    plan.classes.forEach((c) => {
      if (c.classId === null) {
        const record: ClassRecord = {
          id: newId(),
          name: c.fields.name || 'Imported class',
          subject: c.fields.subject,
          grade: c.fields.grade,
          term: c.fields.term,
          archived: 0,
          createdAt: now,
          sourcedId: c.fields.sourcedId,
        };
        if (c.fields.termStart) record.termStart = c.fields.termStart;
        if (c.fields.termEnd) record.termEnd = c.fields.termEnd;
        newClasses.push(record);
        undo.addedClassIds.push(record.id);
        classIdOf.set(c.key, record.id);
      } else classIdOf.set(c.key, c.classId);
    });
    matchedClasses.forEach((c, i) => {
      const stored = storedClasses[i];
      if (!stored) throw new Error(`The class "${c.fields.name}" was deleted since the preview: choose the files again.`);
      if (c.changes.length === 0) return;
      const keys = c.changes.map((ch) => CLASS_FIELD[ch.field]!).filter(Boolean);
      const changes = Object.fromEntries(keys.map((k) => [k, (c.fields as Record<string, string>)[k === 'name' ? 'name' : k]])) as Partial<ClassRecord>;
      undo.classChanges.push({ id: stored.id, before: pick(stored, keys) });
      classUpdates.push({ key: stored.id, changes: { ...changes, rev: revOf(stored) + 1 } });
    });
    await db.classes.bulkAdd(newClasses);
    if (classUpdates.length) await db.classes.bulkUpdate(classUpdates);
    step(plan.classes.length);

    // Students, a slice at a time.
    const studentIdOf = new Map<string, string>();
    for (let at = 0; at < plan.students.length; at += SLICE) {
      const slice = plan.students.slice(at, at + SLICE);
      const matched = slice.filter((s) => s.studentId !== null);
      const stored = await db.students.bulkGet(matched.map((s) => s.studentId!));
      const added: Student[] = [];
      const updates: { key: string; changes: Partial<Student> }[] = [];
      for (const s of slice) {
        if (s.studentId !== null) continue;
        const record: Student = { id: newId(), ...s.fields, notes: '', archived: 0, createdAt: now };
        added.push(record);
        studentIdOf.set(s.key, record.id);
      }
      matched.forEach((s, i) => {
        const existing = stored[i];
        if (!existing) throw new Error(`The student ${s.fields.givenName} ${s.fields.familyName} was deleted since the preview: choose the files again.`);
        studentIdOf.set(s.key, existing.id);
        if (s.changes.length === 0) return;
        const keys = s.changes.map((ch) => STUDENT_FIELD[ch.field]!).filter(Boolean);
        const changes = Object.fromEntries(keys.map((k) => [k, (s.fields as Record<string, string>)[k]])) as Partial<Student>;
        undo.studentChanges.push({ id: existing.id, before: pick(existing, keys) });
        // A new rev: an edit dialog open on this student in another window must not overwrite the import.
        updates.push({ key: existing.id, changes: { ...changes, rev: revOf(existing) + 1 } });
      });
      await db.students.bulkAdd(added);
      for (const r of added) undo.addedStudentIds.push(r.id);
      if (updates.length) await db.students.bulkUpdate(updates);
      step(slice.length);
    }

    // Enrollments: new ones, ended ones taken up again, and the ones this export ends.
    for (let at = 0; at < plan.enroll.length; at += SLICE) {
      const slice = plan.enroll.slice(at, at + SLICE);
      const added: Enrollment[] = [];
      const back: { key: string; changes: Partial<Enrollment> }[] = [];
      for (const e of slice) {
        const classId = classIdOf.get(e.classKey);
        const studentId = studentIdOf.get(e.studentKey);
        if (!classId || !studentId) continue;
        if (e.enrollmentId) {
          back.push({ key: e.enrollmentId, changes: { archived: 0, endedOn: undefined } });
          undo.enrollmentChanges.push({ id: e.enrollmentId, before: { archived: 1, endedOn: today } });
        } else {
          const record: Enrollment = { id: newId(), classId, studentId, section: '', archived: 0 };
          added.push(record);
          undo.addedEnrollmentIds.push(record.id);
        }
      }
      await db.enrollments.bulkAdd(added);
      if (back.length) await db.enrollments.bulkUpdate(back);
      step(slice.length);
    }
    const leaving = plan.classes.flatMap((c) => c.leaving);
    const endedBefore = await db.enrollments.bulkGet(leaving.map((w) => w.enrollmentId));
    const ends: { key: string; changes: Partial<Enrollment> }[] = [];
    leaving.forEach((w, i) => {
      const stored = endedBefore[i];
      if (!stored || stored.archived === 1) return;
      ends.push({ key: w.enrollmentId, changes: { archived: 1, endedOn: today, rev: revOf(stored) + 1 } });
      undo.enrollmentChanges.push({ id: w.enrollmentId, before: { archived: 0, endedOn: stored.endedOn } });
    });
    if (ends.length) await db.enrollments.bulkUpdate(ends);
    step(1);

    return {
      classIds: plan.classes.map((c) => classIdOf.get(c.key)!),
      newClasses: newClasses.length,
      updatedClasses: plan.classes.filter((c) => c.status === 'update').length,
      newStudents: undo.addedStudentIds.length,
      updatedStudents: plan.students.filter((s) => s.status === 'update').length,
      joined: plan.enroll.length,
      left: ends.length,
      undo,
    };
  });
}

/**
 * Undoes a roster sync in one transaction: removes the classes, students and enrollments it
 * added, and puts back what it changed. Refused, with nothing changed, when an added class or
 * student already has work attached (scores, goals, groupings or plans).
 */
export async function undoRosterSync(undo: RosterSyncUndo): Promise<void> {
  await db.transaction('rw', [db.classes, db.students, db.enrollments, db.evidence, db.goals, db.groupings, db.plans], async () => {
    const busy = new Set<string>();
    const ours = new Set(undo.addedEnrollmentIds);
    for (let at = 0; at < undo.addedStudentIds.length; at += SLICE) {
      const ids = undo.addedStudentIds.slice(at, at + SLICE);
      if ((await db.evidence.where('studentId').anyOf(ids).count()) > 0) busy.add('scores');
      if ((await db.goals.where('studentId').anyOf(ids).count()) > 0) busy.add('goals');
      for (const e of await db.enrollments.where('studentId').anyOf(ids).toArray()) if (!ours.has(e.id)) busy.add('another class');
    }
    if (undo.addedClassIds.length) {
      if ((await db.evidence.where('classId').anyOf(undo.addedClassIds).count()) > 0) busy.add('scores');
      if ((await db.groupings.where('classId').anyOf(undo.addedClassIds).count()) > 0) busy.add('groupings');
      if ((await db.plans.where('classId').anyOf(undo.addedClassIds).count()) > 0) busy.add('plans');
    }
    if (busy.size) {
      throw new Error(
        `the imported classes or students already have ${[...busy].join(', ')}. Nothing was changed: remove classes or students one by one instead.`,
      );
    }
    for (let at = 0; at < undo.addedEnrollmentIds.length; at += SLICE) await db.enrollments.bulkDelete(undo.addedEnrollmentIds.slice(at, at + SLICE));
    for (let at = 0; at < undo.addedStudentIds.length; at += SLICE) await db.students.bulkDelete(undo.addedStudentIds.slice(at, at + SLICE));
    await db.classes.bulkDelete(undo.addedClassIds);
    for (const change of undo.classChanges) {
      const now = await db.classes.get(change.id);
      if (now) await db.classes.update(change.id, { ...change.before, rev: revOf(now) + 1 });
    }
    for (const change of undo.studentChanges) {
      const now = await db.students.get(change.id);
      if (now) await db.students.update(change.id, { ...change.before, rev: revOf(now) + 1 });
    }
    for (const change of undo.enrollmentChanges) {
      const now = await db.enrollments.get(change.id);
      if (now) await db.enrollments.update(change.id, { ...change.before, rev: revOf(now) + 1 });
    }
  });
}

export type TreeSkillInput = { identifier: string; code: string; statement: string; parentIdentifier: string | null };

// 500: adding a skill clones it on this thread inside IDBObjectStore.add, and 2,000 at once took
// over 100 ms on a loaded machine (bench case-import-frames); 500 stay well inside a frame budget.
const SKILL_WRITE_SLICE = 500;

/** Records built per task before the transaction: 38,000 ids and records at once held the window half a second. */
const SKILL_BUILD_SLICE = 5_000;

/** The skill records of the tree, ids given and order kept per parent, built a slice per task. */
async function treeRecords(frameworkId: string, skills: TreeSkillInput[]): Promise<Skill[]> {
  const idOf = new Map<string, string>();
  for (let i = 0; i < skills.length; i++) {
    const s = skills[i]!;
    if (!idOf.has(s.identifier)) idOf.set(s.identifier, newId());
    if (i % SKILL_BUILD_SLICE === SKILL_BUILD_SLICE - 1) await nextTask();
  }
  const nextOrder = new Map<string | null, number>();
  const written = new Set<string>();
  const records: Skill[] = [];
  for (let i = 0; i < skills.length; i++) {
    const s = skills[i]!;
    const id = idOf.get(s.identifier)!;
    if (i % SKILL_BUILD_SLICE === SKILL_BUILD_SLICE - 1) await nextTask();
    if (written.has(id)) continue; // the same identifier twice: the first one stands
    written.add(id);
    const parent = s.parentIdentifier ? idOf.get(s.parentIdentifier) : undefined;
    const parentId = parent && parent !== id ? parent : null;
    const order = nextOrder.get(parentId) ?? 0;
    nextOrder.set(parentId, order + 1);
    records.push({ id, frameworkId, code: s.code.trim(), statement: s.statement.trim(), parentId, order });
  }
  return records;
}

/**
 * Creates a framework and its skills in one transaction. Parents are resolved from
 * parentIdentifier among the skills given (a parent left out makes the skill top level), and the
 * order of siblings is the order of the list.
 */
export async function importFrameworkTree(
  framework: { title: string; creator: string; identifier: string },
  skills: TreeSkillInput[],
): Promise<{ frameworkId: string; created: number }> {
  const frameworkId = newId();
  // Built before the transaction, which must not wait on anything but its own requests.
  const records = await treeRecords(frameworkId, skills);
  return db.transaction('rw', db.frameworks, db.skills, async () => {
    await db.frameworks.add({
      id: frameworkId,
      title: framework.title.trim() || 'Imported framework',
      creator: framework.creator.trim(),
      identifier: framework.identifier.trim(),
    });
    // In slices, still one transaction: between slices the window gets to paint (a 38,000-item
    // CASE file written at once held it still for seconds).
    for (let i = 0; i < records.length; i += SKILL_WRITE_SLICE) await db.skills.bulkAdd(records.slice(i, i + SKILL_WRITE_SLICE));
    return { frameworkId, created: records.length };
  });
}
