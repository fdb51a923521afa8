import type { Enrollment, RosterRow, Student } from '../../shared';
import { matchRoster, type RosterOnFile } from '../../shared/import/rosterMatch';
import { db, newId, nowIso } from './db';
import { revOf } from './conflicts';

export type RosterImportResult = { created: number; matched: number; enrolled: number };

/** What an import changed, so that Undo can put it back. Plain data: it outlives the screen. */
export type RosterImportUndo = {
  addedStudentIds: string[];
  addedEnrollmentIds: string[];
  /** fields the import set on students already on file: their values before and after */
  studentChanges: { id: string; before: Partial<Student>; after: Partial<Student> }[];
  enrollmentChanges: { id: string; before: Pick<Enrollment, 'section'>; after: Pick<Enrollment, 'section'> }[];
};

/** A stored student as roster matching reads it. */
export function studentOnFile(s: Student): RosterOnFile['students'][number] {
  return {
    id: s.id,
    givenName: s.givenName,
    familyName: s.familyName,
    preferredName: s.preferredName ?? '',
    studentNumber: s.studentNumber ?? '',
    email: s.email ?? '',
  };
}

/** The students on file and this class's enrollments, as roster matching reads them (and as stored). */
async function readOnFile(classId: string): Promise<RosterOnFile & { stored: { students: Student[]; enrollments: Enrollment[] } }> {
  const storedStudents = await db.students.toArray();
  const storedEnrollments = await db.enrollments.where('classId').equals(classId).toArray();
  const students = storedStudents.map(studentOnFile);
  const enrollments = storedEnrollments.map((e) => ({
    id: e.id,
    studentId: e.studentId,
    section: e.section ?? '',
    archived: e.archived ?? 0,
  }));
  return { students, enrollments, stored: { students: storedStudents, enrollments: storedEnrollments } };
}

/** For the preview: what the import will match the rows against. */
export function rosterOnFile(classId: string): Promise<RosterOnFile> {
  return db.transaction('r', db.students, db.enrollments, async () => {
    const { students, enrollments } = await readOnFile(classId);
    return { students, enrollments };
  });
}

/**
 * Writes roster rows into a class in one transaction: it lands whole or not at all. The rows are
 * matched again inside it with matchRoster (the preview's rules, on the data as it is now):
 * conflicting rows are left out, matched students get the file's section, email and blanks
 * filled, and everything it changed is returned for Undo.
 */
export async function importRosterWithUndo(
  classId: string,
  rows: RosterRow[],
): Promise<{ outcome: RosterImportResult & { conflicts: number }; undo: RosterImportUndo }> {
  return db.transaction('rw', db.students, db.enrollments, async () => {
    const onFile = await readOnFile(classId);
    const matched = matchRoster({ rows: rows.map((r) => ({ ...r, accepted: true, problems: [] })), problems: [] }, onFile);
    const storedStudent = new Map(onFile.stored.students.map((s) => [s.id, s]));
    const storedEnrollment = new Map(onFile.stored.enrollments.map((e) => [e.id, e]));
    const studentUpdates: { key: string; changes: Partial<Student> }[] = [];
    const enrollmentUpdates: { key: string; changes: Partial<Enrollment> }[] = [];

    const toAdd: Student[] = [];
    const toEnroll: Enrollment[] = [];
    const undo: RosterImportUndo = { addedStudentIds: [], addedEnrollmentIds: [], studentChanges: [], enrollmentChanges: [] };
    let matchedCount = 0;

    for (const row of matched.rows) {
      const { match } = row;
      if (match.status === 'conflict' || match.status === 'left_out') continue;
      let studentId: string;
      let enrolled = false;
      if (match.status === 'new') {
        const student: Student = {
          id: newId(),
          givenName: row.givenName,
          familyName: row.familyName,
          preferredName: row.preferredName,
          studentNumber: row.studentNumber,
          email: row.email,
          notes: '',
          archived: 0,
          createdAt: nowIso(),
        };
        toAdd.push(student);
        undo.addedStudentIds.push(student.id);
        studentId = student.id;
      } else {
        matchedCount++;
        studentId = match.studentId;
        enrolled = match.enrollmentId !== null;
        if (Object.keys(match.changes).length) {
          const existing = storedStudent.get(studentId)!;
          const before: Partial<Student> = {};
          for (const k of Object.keys(match.changes) as (keyof typeof match.changes)[]) before[k] = existing[k] ?? '';
          // A new rev: an edit dialog open on this student in another window must not overwrite the import.
          studentUpdates.push({ key: studentId, changes: { ...match.changes, rev: revOf(existing) + 1 } });
          undo.studentChanges.push({ id: studentId, before, after: { ...match.changes } });
        }
        if (match.section && match.enrollmentId) {
          const enrollment = storedEnrollment.get(match.enrollmentId)!;
          enrollmentUpdates.push({ key: enrollment.id, changes: { section: match.section.to, rev: revOf(enrollment) + 1 } });
          undo.enrollmentChanges.push({ id: enrollment.id, before: { section: match.section.from }, after: { section: match.section.to } });
        }
      }
      if (!enrolled) {
        const enrollment: Enrollment = { id: newId(), classId, studentId, section: row.section, archived: 0 };
        toEnroll.push(enrollment);
        undo.addedEnrollmentIds.push(enrollment.id);
      }
    }

    await db.students.bulkAdd(toAdd);
    if (studentUpdates.length) await db.students.bulkUpdate(studentUpdates);
    if (enrollmentUpdates.length) await db.enrollments.bulkUpdate(enrollmentUpdates);
    await db.enrollments.bulkAdd(toEnroll);
    return {
      outcome: { created: toAdd.length, matched: matchedCount, enrolled: toEnroll.length, conflicts: matched.counts.conflict },
      undo,
    };
  });
}

/** importRosterWithUndo without the Undo, for imports that are undone another way. */
export async function importRoster(classId: string, rows: RosterRow[]): Promise<RosterImportResult> {
  const { outcome } = await importRosterWithUndo(classId, rows);
  return { created: outcome.created, matched: outcome.matched, enrolled: outcome.enrolled };
}

/**
 * Undoes a roster import in one transaction: removes the students and enrollments it added and
 * puts back the fields it changed, unless they were changed again since (then the newer value
 * stays). Refused, with nothing changed, when an added student already has work attached.
 */
export async function undoRosterImport(undo: RosterImportUndo): Promise<void> {
  await db.transaction('rw', [db.students, db.enrollments, db.evidence, db.goals], async () => {
    const added = undo.addedStudentIds;
    if (added.length) {
      const ours = new Set(undo.addedEnrollmentIds);
      const busy = new Set<string>();
      for (const e of await db.evidence.where('studentId').anyOf(added).toArray()) busy.add(e.studentId);
      for (const g of await db.goals.where('studentId').anyOf(added).toArray()) busy.add(g.studentId);
      for (const e of await db.enrollments.where('studentId').anyOf(added).toArray()) if (!ours.has(e.id)) busy.add(e.studentId);
      if (busy.size) {
        throw new Error(
          `${busy.size === 1 ? 'one of the imported students already has' : `${busy.size} of the imported students already have`} scores, goals or another class. Nothing was changed: remove students one by one from the roster instead.`,
        );
      }
    }
    await db.enrollments.bulkDelete(undo.addedEnrollmentIds);
    await db.students.bulkDelete(added);
    for (const change of undo.studentChanges) {
      const now = await db.students.get(change.id);
      if (!now) continue;
      const back: Partial<Student> = {};
      for (const [k, v] of Object.entries(change.after) as [keyof Student, unknown][]) {
        if ((now[k] ?? '') === v) Object.assign(back, { [k]: change.before[k] });
      }
      if (Object.keys(back).length) await db.students.update(change.id, { ...back, rev: revOf(now) + 1 });
    }
    for (const change of undo.enrollmentChanges) {
      const now = await db.enrollments.get(change.id);
      if (now && (now.section ?? '') === change.after.section) {
        await db.enrollments.update(change.id, { section: change.before.section, rev: revOf(now) + 1 });
      }
    }
  });
}
