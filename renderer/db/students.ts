import { decodeEnrollment, decodeStudent, type RosterEntry, type Student, type StudentFields } from '../../shared';
import { db, newId, nowIso } from './db';
import { updateAtRev } from './revisions';

export type { RosterEntry } from '../../shared';

/** The class's students, sorted by family then given name. */
export async function listRoster(classId: string, includeArchived = false): Promise<RosterEntry[]> {
  const enrollments = (await db.enrollments.where('classId').equals(classId).toArray()).map(decodeEnrollment);
  const students = await db.students.bulkGet(enrollments.map((e) => e.studentId));
  const entries: RosterEntry[] = [];
  enrollments.forEach((enrollment, i) => {
    const raw = students[i];
    if (!raw) return;
    const student = decodeStudent(raw);
    const archived = enrollment.archived === 1 || student.archived === 1;
    if (archived && !includeArchived) return;
    entries.push({ student, enrollment });
  });
  return entries.sort(
    (a, b) =>
      a.student.familyName.localeCompare(b.student.familyName) ||
      a.student.givenName.localeCompare(b.student.givenName),
  );
}

export function newStudentRecord(fields: StudentFields): Student {
  return { id: newId(), ...fields, archived: 0, createdAt: nowIso() };
}

export async function addStudentToClass(classId: string, fields: StudentFields): Promise<string> {
  const student = newStudentRecord(fields);
  await db.transaction('rw', db.students, db.enrollments, async () => {
    await db.students.add(student);
    await db.enrollments.add({ id: newId(), classId, studentId: student.id, section: '', archived: 0 });
  });
  return student.id;
}

/** Puts a student who is already on file into another class (a student can be in several). */
export async function enrollExisting(classId: string, studentId: string): Promise<void> {
  await db.transaction('rw', db.enrollments, async () => {
    const found = await db.enrollments.where({ classId, studentId }).first();
    if (found) await db.enrollments.update(found.id, { archived: 0 });
    else await db.enrollments.add({ id: newId(), classId, studentId, section: '', archived: 0 });
  });
}

/**
 * Saves the student the screen opened at revision `rev`; refused with a StaleWriteError when
 * another window saved (or an import changed) the student since. Returns the new revision.
 */
export async function updateStudent(id: string, fields: Partial<StudentFields>, rev: number): Promise<number> {
  return updateAtRev('student', id, rev, fields);
}

/** Archiving keeps every score and goal: a student who leaves can come back. */
export async function setEnrollmentArchived(enrollmentId: string, archived: boolean): Promise<void> {
  await db.enrollments.update(enrollmentId, { archived: archived ? 1 : 0 });
}

export async function listAllStudents(): Promise<Student[]> {
  return (await db.students.where('archived').equals(0).toArray()).map(decodeStudent);
}

/** One student by id; undefined when there is none. */
export function getStudent(studentId: string): Promise<Student | undefined> {
  return db.students.get(studentId).then((s) => s && decodeStudent(s));
}
